import { useQuery } from '@apollo/client/react';
import { appointmentKindMessages, formatDateTime } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { EmptyState, ErrorState, formatDate, LoadingState, Page, Select, Stack, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { adviceTimeline, type AdviceEntry } from './advice-timeline';
import { messages } from './history.messages';

const AdviceHistoryQuery = graphql(`
  query AdviceHistory_CasesQuery {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            employee {
              id
              name
            }
            problemAnalyses {
              id
              version
              occasion
              recordedOn
              capabilityProfile {
                advice
                possibilities
                limitations
              }
            }
            escalations {
              id
              reason
              status
              acknowledgedAt
              acknowledgementNote
            }
            appointments {
              id
              kind
              startsAt
              status
            }
          }
        }
      }
    }
  }
`);

type Occasion = 'INITIAL' | 'RELAPSE' | 'CHANGE';

/** One case's advice over time, as a timeline the doctor reads before a consultation. */
export function AdviceHistory({ caseId }: { caseId?: string }) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(AdviceHistoryQuery, { fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState('');

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node);
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const current = cases.find((c) => c.id === (caseId ?? chosen)) ?? cases[0];
  const entries = adviceTimeline(current);

  const describe = (entry: AdviceEntry) => {
    switch (entry.kind) {
      case 'ANALYSIS':
        return (
          <>
            <strong>{t('ANALYSIS', { version: entry.version, occasion: t(entry.occasion as Occasion) })}</strong>
            <p>{t('advice', { advice: entry.advice })}</p>
            {entry.possibilities.length > 0 && <p>{t('possibilities', { list: entry.possibilities.join('; ') })}</p>}
            {entry.limitations.length > 0 && <p>{t('limitations', { list: entry.limitations.join('; ') })}</p>}
          </>
        );
      case 'ESCALATION':
        return (
          <>
            <strong>{t('ESCALATION')}</strong>
            <p>{t('escalation', { reason: entry.reason, note: entry.note })}</p>
          </>
        );
      case 'CONSULTATION':
        return (
          <>
            <strong>{t('CONSULTATION')}</strong>
            <p>
              {kind(entry.appointmentKind as keyof typeof appointmentKindMessages)}, {formatDateTime(entry.startsAt, locale)}
            </p>
          </>
        );
    }
  };

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="doctor-advice-history">
      <Stack gap="md">
        {!caseId && (
          <Select
            label={t('caseField')}
            value={current.id}
            onChange={(event) => setChosen(event.target.value)}
            options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
          />
        )}
        {entries.length === 0 ? (
          <EmptyState title={t('empty')} />
        ) : (
          <ol className="tk-timeline" aria-label={t('timeline')} data-testid="advice-timeline">
            {entries.map((entry, index) => (
              <li key={`${entry.kind}-${entry.date}-${index}`}>
                <time dateTime={entry.date}>{formatDate(entry.date, locale)}</time>
                <div>{describe(entry)}</div>
              </li>
            ))}
          </ol>
        )}
      </Stack>
    </Page>
  );
}
