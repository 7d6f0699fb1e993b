import { useQuery } from '@apollo/client/react';
import {
  appointmentKindMessages,
  appointmentLocationMessages,
  appointmentStatusMessages,
  CalendarFeed,
  CaseStatusBadge,
  formatDateTime,
} from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Card, DataTable, EmptyState, ErrorState, formatDate, LoadingState, Page, Section, useLocale, useT } from '@terugkeer/ui';
import { messages } from './employee-home.messages';

const EmployeeHomeQuery = graphql(`
  query EmployeeHome_ViewerQuery {
    viewer {
      id
      name
      cases(first: 1) {
        edges {
          node {
            id
            status
            firstSickDay
            progress {
              absenceDays
            }
            appointments {
              id
              kind
              startsAt
              location
              status
            }
          }
        }
      }
    }
  }
`);

export function EmployeeHome() {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const where = useT(appointmentLocationMessages);
  const status = useT(appointmentStatusMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(EmployeeHomeQuery);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const current = data.viewer.cases.edges[0]?.node;

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="employee-home">
      {!current ? (
        <EmptyState title={t('noCase')} description={t('noCaseHint')} />
      ) : (
        <>
          <Card title={data.viewer.name}>
            <dl className="tk-facts">
              <dt>{t('phase')}</dt>
              <dd>
                <CaseStatusBadge status={current.status} />
              </dd>
              <dt>{t('firstSickDay')}</dt>
              <dd>{formatDate(current.firstSickDay, locale)}</dd>
              {current.progress && (
                <>
                  <dt>{t('absenceDays')}</dt>
                  <dd data-testid="absence-days">{current.progress.absenceDays}</dd>
                </>
              )}
            </dl>
          </Card>
          <Section title={t('appointments')}>
            {current.appointments.length === 0 ? (
              <EmptyState title={t('noAppointments')} />
            ) : (
              <DataTable
                caption={t('appointments')}
                captionHidden
                rowKey={(row) => row.id}
                rows={current.appointments}
                columns={[
                  { key: 'when', header: t('when'), cell: (row) => formatDateTime(row.startsAt, locale), rowHeader: true },
                  { key: 'what', header: t('what'), cell: (row) => kind(row.kind) },
                  { key: 'where', header: t('where'), cell: (row) => where(row.location) },
                  { key: 'status', header: t('status'), cell: (row) => status(row.status) },
                ]}
              />
            )}
          </Section>
          <CalendarFeed />
        </>
      )}
    </Page>
  );
}
