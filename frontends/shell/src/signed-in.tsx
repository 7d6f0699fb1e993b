import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { createApolloClient } from './apollo-client';
import { ServiceOutages } from './outage/service-outages';
import { Workspace } from './workspace/workspace';

export interface SignedInProps {
  gatewayUrl: string;
  token: string;
  /** The gateway refused the token (it expired): back to the login page with a notice. */
  onExpired: () => void;
  onLogOut: () => void;
}

/**
 * Everything after the login: the page's one Apollo Client, the workspace and its remotes.
 * A module of its own, loaded once someone has logged in, so the login page carries no
 * Apollo Client, GraphQL or remote.
 */
export default function SignedIn({ gatewayUrl, token, onExpired, onLogOut }: SignedInProps) {
  const outages = useMemo(() => new ServiceOutages(), []);
  const client = useMemo(() => createApolloClient(gatewayUrl, token, outages, onExpired), [gatewayUrl, token, outages, onExpired]);
  const leave = () => {
    void client.clearStore();
    onLogOut();
  };
  return (
    <ApolloProvider client={client}>
      <Workspace onLogOut={leave} outages={outages} />
    </ApolloProvider>
  );
}
