import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider, Root } from '@terugkeer/ui';
import { useEffect, useMemo } from 'react';
import { createApolloClient } from '../apollo-client';
import { ServiceOutageNotice } from '../outage/service-outage-notice';
import { ServiceOutages } from '../outage/service-outages';
import { RemoteView } from '../remotes/remote-view';
import { runtimeConfig } from '../runtime-config';
import { reportHeightToHost, type EmbedRequest } from './embed-request';

/** One role's screen alone, inside an intranet page's frame. */
export function EmbeddedApp({ request }: { request: EmbedRequest }) {
  const { gatewayUrl } = runtimeConfig();
  const outages = useMemo(() => new ServiceOutages(), []);
  const client = useMemo(() => createApolloClient(gatewayUrl, request.token, outages), [gatewayUrl, request.token, outages]);
  useEffect(() => reportHeightToHost(), []);
  return (
    <I18nProvider locale={request.locale}>
      <Root>
        <ApolloProvider client={client}>
          <main className="shell-main shell-main--embedded">
            <ServiceOutageNotice outages={outages} />
            <RemoteView name={request.remote} />
          </main>
        </ApolloProvider>
      </Root>
    </I18nProvider>
  );
}
