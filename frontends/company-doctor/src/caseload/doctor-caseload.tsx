import { useQuery } from '@apollo/client/react';
import { CaseStatusBadge } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { DataTable, EmptyState, ErrorState, LoadingState, Page, StatusBadge, useT } from '@terugkeer/ui';
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
          }
        }
      }
    }
  }
`);

/** The problem analysis is due on day 42 (D+41); see the domain package for the full timeline. */
const PROBLEM_ANALYSIS_DAY = 42;

export function DoctorCaseload() {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(DoctorCaseloadQuery);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node);

  const analysisCell = (status: string, days: number | undefined) => {
    if (days === undefined || !['NEW', 'PROBLEM_ANALYSIS'].includes(status)) return t('analysisNotDue');
    const left = PROBLEM_ANALYSIS_DAY - (days + 1);
    return left >= 0 ? (
      <StatusBadge tone={left <= 7 ? 'warning' : 'info'}>{t('analysisDueIn', { days: left })}</StatusBadge>
    ) : (
      <StatusBadge tone="danger">{t('analysisOverdue', { days: -left })}</StatusBadge>
    );
  };

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="doctor-caseload">
      {cases.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <DataTable
          caption={t('caption')}
          rowKey={(row) => row.id}
          rows={cases}
          columns={[
            { key: 'employee', header: t('employee'), cell: (row) => row.employee.name, rowHeader: true, sortValue: (row) => row.employee.name },
            { key: 'employer', header: t('employer'), cell: (row) => row.organization.name },
            { key: 'phase', header: t('phase'), cell: (row) => <CaseStatusBadge status={row.status} /> },
            { key: 'week', header: t('week'), cell: (row) => (row.progress ? Math.floor(row.progress.absenceDays / 7) + 1 : '—'), align: 'end' },
            { key: 'analysis', header: t('analysis'), cell: (row) => analysisCell(row.status, row.progress?.absenceDays) },
          ]}
        />
      )}
    </Page>
  );
}
