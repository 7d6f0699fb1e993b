import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider, Root } from '@terugkeer/ui';
import { useMemo, useState } from 'react';
import { createApolloClient } from './apollo-client';
import { runtimeConfig } from './runtime-config';
import { DevLogin } from './session/dev-login';
import { session } from './session/session';
import { Workspace } from './workspace/workspace';

export function App() {
  const { gatewayUrl } = runtimeConfig();
  const [token, setToken] = useState(session.token);
  const client = useMemo(() => (token ? createApolloClient(gatewayUrl, token) : null), [gatewayUrl, token]);

  const logIn = (newToken: string) => {
    session.save(newToken);
    setToken(newToken);
  };
  const logOut = () => {
    session.clear();
    void client?.clearStore();
    setToken(null);
  };

  return (
    <I18nProvider>
      <Root>
        {client ? (
          <ApolloProvider client={client}>
            <Workspace onLogOut={logOut} />
          </ApolloProvider>
        ) : (
          <DevLogin gatewayUrl={gatewayUrl} onLoggedIn={logIn} />
        )}
      </Root>
    </I18nProvider>
  );
}
