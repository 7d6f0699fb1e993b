import { ApolloProvider } from '@apollo/client/react';
import { EmptyState, I18nProvider, LoadingState, Root, useT } from '@terugkeer/ui';
import { useEffect, useMemo, useState } from 'react';
import { createApolloClient } from '../apollo-client';
import { ServiceOutageNotice } from '../outage/service-outage-notice';
import { ServiceOutages } from '../outage/service-outages';
import { RemoteView } from '../remotes/remote-view';
import { runtimeConfig } from '../runtime-config';
import { messages } from '../shell.messages';
import type { EmbedRequest } from './embed-request';
import { listenForHostSession, reportHeightToHost, type HostSession } from './host-handshake';

const NO_ORIGINS: readonly string[] = [];

/** How long the shell waits for an allowed intranet page to hand over a token. */
const HANDSHAKE_PATIENCE_MS = 10_000;

/** One role's screen alone, inside an intranet page's frame. */
export function EmbeddedApp({ request }: { request: EmbedRequest }) {
  return (
    <I18nProvider locale={request.locale}>
      <Root>
        <main className="shell-main shell-main--embedded">
          <EmbeddedScreen request={request} />
        </main>
      </Root>
    </I18nProvider>
  );
}

function EmbeddedScreen({ request }: { request: EmbedRequest }) {
  const t = useT(messages);
  const { gatewayUrl, embedOrigins = NO_ORIGINS } = runtimeConfig();
  const [session, setSession] = useState<HostSession | null>(null);
  const [gaveUp, setGaveUp] = useState(false);

  useEffect(() => listenForHostSession(embedOrigins, setSession), [embedOrigins]);
  useEffect(() => {
    const timer = setTimeout(() => setGaveUp(true), HANDSHAKE_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, []);
  const hostOrigin = session?.origin;
  useEffect(() => (hostOrigin ? reportHeightToHost(hostOrigin) : undefined), [hostOrigin]);

  const token = session?.token;
  const outages = useMemo(() => new ServiceOutages(), []);
  const client = useMemo(() => (token ? createApolloClient(gatewayUrl, token, outages) : null), [gatewayUrl, token, outages]);

  if (!client) {
    return gaveUp ? <EmptyState title={t('embedNotAllowed')} /> : <LoadingState label={t('embedWaiting')} />;
  }
  return (
    <ApolloProvider client={client}>
      <ServiceOutageNotice outages={outages} />
      <RemoteView name={request.remote} />
    </ApolloProvider>
  );
}
