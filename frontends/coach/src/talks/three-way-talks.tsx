import { useQuery } from '@apollo/client/react';
import { appointmentLocationMessages, formatDateTime } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, DataTable, EmptyState, ErrorState, LoadingState, Page, Select, Stack, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { ThreeWayTalkForm } from './three-way-talk-form';
import { messages } from './talks.messages';

const ThreeWayTalksQuery = graphql(`
  query ThreeWayTalks_CasesQuery {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            status
            employee {
              id
              name
            }
            participants {
              userId
              name
              role
            }
            appointments {
              id
              kind
              startsAt
              status
              location
              participants {
                userId
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** Three-way talks per case: the ones planned and a form to plan the next. */
export function ThreeWayTalks() {
  const t = useT(messages);
  const place = useT(appointmentLocationMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(ThreeWayTalksQuery);
  const [chosen, setChosen] = useState('');

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node).filter((c) => c.status !== 'CLOSED' && c.status !== 'RECOVERED');
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const current = cases.find((c) => c.id === chosen) ?? cases[0];
  const talks = (current.appointments ?? [])
    .filter((a) => a.kind === 'THREE_WAY_TALK' && a.status === 'PLANNED')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const people = current.participants.filter((p) => p.role === 'EMPLOYEE' || p.role === 'MANAGER' || p.userId === data.viewer.id);
  const complete = people.some((p) => p.role === 'EMPLOYEE') && people.some((p) => p.role === 'MANAGER');

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="coach-three-way">
      <Stack gap="lg">
        <Select
          label={t('caseField')}
          value={current.id}
          onChange={(event) => setChosen(event.target.value)}
          options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
        />
        {talks.length === 0 ? (
          <p>{t('nonePlanned')}</p>
        ) : (
          <DataTable
            caption={t('planned')}
            rowKey={(row) => row.id}
            rows={talks}
            columns={[
              { key: 'when', header: t('when'), cell: (row) => formatDateTime(row.startsAt, locale), rowHeader: true },
              { key: 'where', header: t('where'), cell: (row) => place(row.location) },
              { key: 'who', header: t('who'), cell: (row) => row.participants.map((p) => p.name).join(', ') },
            ]}
          />
        )}
        {complete ? (
          <>
            <p>{t('with', { names: people.map((p) => p.name).join(', ') })}</p>
            <ThreeWayTalkForm key={current.id} caseId={current.id} participantUserIds={people.map((p) => p.userId)} onBooked={() => void refetch()} />
          </>
        ) : (
          <Alert tone="info">{t('missingPeople')}</Alert>
        )}
      </Stack>
    </Page>
  );
}
