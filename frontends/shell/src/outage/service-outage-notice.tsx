import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, useT } from '@terugkeer/ui';
import { useSyncExternalStore } from 'react';
import { messages } from '../shell.messages';
import type { ServiceOutages } from './service-outages';

const WHAT_EACH_SERVICE_HOLDS = {
  case: 'outageCase',
  scheduling: 'outageScheduling',
  reporting: 'outageReporting',
} as const;

/** Says which part of the page is missing while a service is away, and offers to try again. */
export function ServiceOutageNotice({ outages }: { outages: ServiceOutages }) {
  const t = useT(messages);
  const client = useApolloClient();
  const services = useSyncExternalStore(outages.subscribe, outages.current);
  if (services.length === 0) return null;

  const missing = services.map((service) =>
    service in WHAT_EACH_SERVICE_HOLDS ? t(WHAT_EACH_SERVICE_HOLDS[service as keyof typeof WHAT_EACH_SERVICE_HOLDS]) : t('outageOther'),
  );
  const retry = () => {
    outages.clear();
    // A screen whose refetch fails shows that failure itself.
    // eslint-disable-next-line no-restricted-syntax -- as said above: the screen shows it
    client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };
  return (
    <Alert tone="warning" title={t('outageTitle')} data-testid="service-outage">
      <p>{t('outageBody', { what: [...new Set(missing)].join(', ') })}</p>
      <Button variant="secondary" onClick={retry}>
        {t('retry')}
      </Button>
    </Alert>
  );
}
