import { useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { EmptyState, ErrorState, LoadingState, Page, Stack, useT } from '@terugkeer/ui';
import { useOwnCase } from '../workspace/own-case';
import { EmployeeSessionSummary } from './employee-session-summary';
import { ReportsToValidate } from './reports-to-validate';
import { messages } from './sessions.messages';

const SessionSummariesQuery = graphql(`
  query SessionSummaries_CaseQuery($id: ID!) {
    case(id: $id) {
      id
      sessionReports {
        id
        ...EmployeeSessionSummary_SessionReport
      }
    }
  }
`);

export function SessionSummaries() {
  const t = useT(messages);
  const own = useOwnCase();
  const { data, loading, error, refetch } = useQuery(SessionSummariesQuery, { variables: { id: own.caseId ?? '' }, skip: !own.caseId });
  // A background refetch keeps the list on screen, with what someone was typing in it.
  if (own.loading || (loading && !data)) return <LoadingState label={t('loading')} />;
  if (own.error || error) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const reports = [...(data?.case?.sessionReports ?? [])].reverse();
  return (
    <Page title={t('title')} description={t('intro')} as="div" id="employee-sessions">
      <ReportsToValidate exceptIds={reports.map((report) => report.id)} />
      {reports.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <Stack gap="md">
          {reports.map((report) => (
            <EmployeeSessionSummary key={report.id} report={report} viewerId={own.viewerId} onChanged={() => void refetch()} />
          ))}
        </Stack>
      )}
    </Page>
  );
}
