import { useQuery } from '@apollo/client/react';
import { AppLink, appointmentKindMessages, CalendarFeed, casePath, CaseStatusBadge, formatDateTime, nextPlannedAppointment } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { DataTable, EmptyState, ErrorState, LoadingState, Page, Stack, useLocale, useT } from '@terugkeer/ui';
import { messages } from './coach-caseload.messages';
import { CoachTodoList } from './coach-todo-list';
import { coachTodos, type CoachTab } from './coach-todos';

const CoachCaseloadQuery = graphql(`
  query CoachCaseload_CasesQuery {
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
            appointments {
              id
              kind
              startsAt
              status
              participants {
                userId
              }
            }
            sessionReports {
              id
              state
            }
            programme {
              id
              progress {
                unrecorded
              }
            }
            buildUp {
              caseId
              stagnationAlerts {
                id
              }
            }
            talkRequests {
              id
              state
            }
          }
        }
      }
    }
  }
`);

export interface CoachCaseloadProps {
  /** Opens the screen where a to-do is done, showing its case. */
  onOpen?: (tab: CoachTab, caseId: string) => void;
}

/** The coach's cases: what waits, and each case's talks. */
export function CoachCaseload({ onOpen }: CoachCaseloadProps) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CoachCaseloadQuery);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  // The coach's own talks: contact moments between manager and employee are not theirs to count.
  const viewerId = data.viewer.id;
  const cases = data.viewer.cases.edges.map(({ node }) => ({
    ...node,
    appointments: (node.appointments ?? []).filter((a) => a.participants.some((p) => p.userId === viewerId)),
  }));

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="coach-caseload">
      {cases.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <Stack gap="lg">
          <CoachTodoList todos={coachTodos(cases)} onOpen={onOpen} />
          <DataTable
            caption={t('caption')}
            rowKey={(row) => row.id}
            rows={cases}
            columns={[
              {
                key: 'employee',
                header: t('employee'),
                cell: (row) => <AppLink to={casePath('coach', row.id, 'programme')}>{row.employee.name}</AppLink>,
                rowHeader: true,
                sortValue: (row) => row.employee.name,
              },
              { key: 'phase', header: t('phase'), cell: (row) => <CaseStatusBadge status={row.status} /> },
              { key: 'held', header: t('held'), cell: (row) => row.appointments.filter((a) => a.status === 'HELD').length, align: 'end' },
              { key: 'planned', header: t('planned'), cell: (row) => row.appointments.filter((a) => a.status === 'PLANNED').length, align: 'end' },
              {
                key: 'next',
                header: t('next'),
                cell: (row) => {
                  const next = nextPlannedAppointment(row.appointments);
                  return next ? `${kind(next.kind)}, ${formatDateTime(next.startsAt, locale)}` : t('none');
                },
              },
            ]}
          />
        </Stack>
      )}
      <CalendarFeed />
    </Page>
  );
}
