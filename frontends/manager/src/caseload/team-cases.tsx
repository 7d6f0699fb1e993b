import { useQuery } from '@apollo/client/react';
import { AppLink, appointmentKindMessages, CaseStatusBadge, casePath, formatDateTime, nextPlannedAppointment } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { DataTable, EmptyState, ErrorState, formatDate, LoadingState, Page, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { CaseDocuments } from '../documents/case-documents';
import { useViewerScope } from '../workspace/viewer-scope';
import { ManagerTodoList } from './manager-todo-list';
import { managerTodos } from './manager-todos';
import { messages } from './team-cases.messages';

const TeamCasesQuery = graphql(`
  query TeamCases_CasesQuery {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            status
            firstSickDay
            viewerRelationships
            milestones {
              key
              kind
              dueDate
              status
            }
            actionPlan {
              id
              latest {
                number
                status
                signatures {
                  role
                }
              }
            }
            employee {
              id
              name
              department {
                id
                name
              }
            }
            progress {
              absenceDays
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

/** Every case the viewer sees, most urgent first in the to-dos; each row leads to its case page. */
export function TeamCases({ area }: { area: string }) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(TeamCasesQuery);
  const { isCaseManager } = useViewerScope();

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node);
  const todos = managerTodos(cases);
  const todoCount = (caseId: string) => todos.filter((todo) => todo.caseId === caseId).length;

  return (
    <Page title={isCaseManager ? t('organizationTitle') : t('title')} description={t('intro')} as="div" id="team-cases">
      {cases.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <Stack gap="lg">
          <ManagerTodoList todos={todos} area={area} />
          <DataTable
            caption={t('caption')}
            rowKey={(row) => row.id}
            rows={[...cases].sort((a, b) => todoCount(b.id) - todoCount(a.id))}
            columns={[
              {
                key: 'employee',
                header: t('employee'),
                cell: (row) => <AppLink to={casePath(area, row.id)}>{row.employee.name}</AppLink>,
                rowHeader: true,
                sortValue: (row) => row.employee.name,
              },
              { key: 'department', header: t('department'), cell: (row) => row.employee.department?.name ?? '—' },
              { key: 'phase', header: t('phase'), cell: (row) => <CaseStatusBadge status={row.status} /> },
              {
                key: 'first',
                header: t('firstSickDay'),
                cell: (row) => (
                  <>
                    <span className="tk-nowrap">{formatDate(row.firstSickDay, locale, { dateStyle: 'medium' })}</span>
                    {row.progress && <div className="tk-muted tk-nowrap">{t('daysCount', { count: row.progress.absenceDays })}</div>}
                  </>
                ),
                sortValue: (row) => row.firstSickDay,
              },
              {
                key: 'attention',
                header: t('attention'),
                cell: (row) => (todoCount(row.id) > 0 ? <StatusBadge tone="warning">{t('attentionCount', { count: todoCount(row.id) })}</StatusBadge> : '—'),
                sortValue: (row) => todoCount(row.id),
              },
              {
                key: 'next',
                header: t('next'),
                cell: (row) => {
                  // Null while scheduling is away: unknown, not "none"; the shell says what is missing.
                  if (!row.appointments) return '—';
                  const next = nextPlannedAppointment(row.appointments);
                  return next ? `${kind(next.kind)}, ${formatDateTime(next.startsAt, locale)}` : t('none');
                },
              },
              ...(isCaseManager
                ? [
                    {
                      key: 'documents',
                      header: t('documents'),
                      cell: (row: (typeof cases)[number]) => <CaseDocuments caseId={row.id} employeeName={row.employee.name} />,
                    },
                  ]
                : []),
            ]}
          />
        </Stack>
      )}
    </Page>
  );
}
