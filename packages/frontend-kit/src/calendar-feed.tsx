import { useMutation } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, Cluster, Stack, TextField, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { calendarFeedMessages } from './calendar-feed.messages';
import { resultOrNull } from './errors';

const CreateFeedMutation = graphql(`
  mutation CalendarFeed_CreateMutation {
    createCalendarFeed {
      url
      createdAt
    }
  }
`);

const RevokeFeedMutation = graphql(`
  mutation CalendarFeed_RevokeMutation {
    revokeCalendarFeed
  }
`);

/**
 * The viewer's personal iCalendar feed: made, shown once to copy into a calendar app,
 * replaced or stopped. The service keeps no readable copy of the address.
 */
export function CalendarFeed() {
  const t = useT(calendarFeedMessages);
  const [create, creating] = useMutation(CreateFeedMutation);
  const [revoke, revoking] = useMutation(RevokeFeedMutation);
  const [url, setUrl] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<'copied' | 'revoked' | 'none' | 'error' | null>(null);

  const make = async () => {
    setOutcome(null);
    const result = await resultOrNull(create());
    if (result?.data) setUrl(result.data.createCalendarFeed.url);
    else setOutcome('error');
  };
  const stop = async () => {
    const result = await resultOrNull(revoke());
    setUrl(null);
    setOutcome(!result?.data ? 'error' : result.data.revokeCalendarFeed ? 'revoked' : 'none');
  };
  const copy = async () => {
    if (!url) return;
    const done = await navigator.clipboard?.writeText(url).then(
      () => true,
      () => false,
    );
    setOutcome(done ? 'copied' : null);
  };

  return (
    <Card title={t('title')} data-testid="calendar-feed">
      <Stack gap="md">
        <p>{t('intro')}</p>
        {url && <TextField label={t('url')} hint={t('urlHint')} readOnly value={url} onFocus={(event) => event.target.select()} />}
        {outcome && <Alert tone={outcome === 'error' ? 'error' : outcome === 'copied' ? 'success' : 'info'}>{t(outcome)}</Alert>}
        <Cluster gap="sm">
          {url && <Button onClick={() => void copy()}>{t('copy')}</Button>}
          {/* A new element per role, so the colour change is not animated through unreadable in-betweens. */}
          <Button
            key={url ? 'replace' : 'create'}
            variant={url ? 'secondary' : 'primary'}
            loading={creating.loading}
            onClick={() => void make()}
            title={url ? t('replaceHint') : undefined}
          >
            {url ? t('replace') : t('create')}
          </Button>
          <Button variant="secondary" loading={revoking.loading} onClick={() => void stop()}>
            {t('revoke')}
          </Button>
        </Cluster>
      </Stack>
    </Card>
  );
}
