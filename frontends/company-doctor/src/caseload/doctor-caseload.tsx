import { useQuery } from '@apollo/client/react';
import { AppLink, casePath, CaseStatusBadge } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { DataTable, EmptyState, ErrorState, formatDate, LoadingState, Page, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { doctorDue, isFinished } from './doctor-due';
import { DoctorDueList } from './doctor-due-list';
import { messages } from './doctor-caseload.messages';

const DoctorCaseloadQuery = graphql(`
  query DoctorCaseload_CasesQuery {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            status
            firstSickDay
            employee {
              id
              name
            }
            organization {
              id
              name
            }
            progress {
              absenceDays
            }
            milestones {
              key
              kind
              dueDate
              status
            }
            escalations {
              id
              reason
              urgency
              status
              raisedBy
              raisedAt
              version
            }
          }
        }
      }
    }
  }
`);

export function DoctorCaseload() {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(DoctorCaseloadQuery);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node);

  const due = doctorDue(cases);
  const escalations = new Map(cases.flatMap((c) => c.escalations ?? []).map((e) => [e.id, e]));

  const analysisCell = (c: (typeof cases)[number]) => {
    const analysis = c.milestones.find((m) => m.kind === 'PROBLEM_ANALYSIS');
    if (!analysis || analysis.status === 'NOT_APPLICABLE') return t('analysisNotDue');
    if (analysis.status === 'DONE') return <StatusBadge tone="success">{t('analysisDone')}</StatusBadge>;
    // After recovery a missed analysis is history, not a task: it stays in the compliance figures only.
    if (isFinished(c.status)) return <StatusBadge tone="neutral">{t('analysisMissed')}</StatusBadge>;
    const tone = analysis.status === 'OVERDUE' ? 'danger' : analysis.status === 'DUE_SOON' ? 'warning' : 'info';
    return <StatusBadge tone={tone}>{t('analysisDue', { date: formatDate(analysis.dueDate, locale) })}</StatusBadge>;
  };
  const openEscalations = (c: (typeof cases)[number]) => (c.escalations ?? []).filter((e) => e.status === 'OPEN').length;

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="doctor-caseload">
      {cases.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <Stack gap="lg">
          <DoctorDueList items={due} escalations={escalations} onChanged={() => void refetch()} />
          <DataTable
            caption={t('caption')}
            rowKey={(row) => row.id}
            rows={cases}
            columns={[
              {
                key: 'employee',
                header: t('employee'),
                cell: (row) => <AppLink to={casePath('company-doctor', row.id, 'analysis')}>{row.employee.name}</AppLink>,
                rowHeader: true,
                sortValue: (row) => row.employee.name,
              },
              { key: 'employer', header: t('employer'), cell: (row) => row.organization.name },
              { key: 'phase', header: t('phase'), cell: (row) => <CaseStatusBadge status={row.status} /> },
              { key: 'week', header: t('week'), cell: (row) => (row.progress ? Math.floor(row.progress.absenceDays / 7) + 1 : '—'), align: 'end' },
              { key: 'analysis', header: t('analysis'), cell: (row) => analysisCell(row) },
              {
                key: 'escalations',
                header: t('escalations'),
                cell: (row) =>
                  openEscalations(row) > 0 ? <StatusBadge tone="warning">{t('openEscalations', { count: openEscalations(row) })}</StatusBadge> : '—',
                sortValue: (row) => openEscalations(row),
              },
            ]}
          />
        </Stack>
      )}
    </Page>
  );
}
