import { useQuery } from '@apollo/client/react';
import { SessionSummaryCard, SessionSummaryValidation } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, ErrorState, Section, Stack, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { messages } from './sessions.messages';

const ReportsToValidateQuery = graphql(`
  query EmployeeReportsToValidate_ReportsQuery {
    sessionReportsToValidate {
      id
      # The same fields as the own case's reports ask: the list replaces the one in the cache.
      participants {
        userId
        name
        validated
      }
      ...SessionSummaryCard_SessionReport
      ...SessionSummaryValidation_SessionReport
    }
  }
`);

export interface ReportsToValidateProps {
  /** Reports already shown with the viewer's own case. */
  exceptIds?: readonly string[];
}

/**
 * Summaries of talks the viewer took part in for someone else, above all as the colleague in a
 * dialogue talk: a colleague has no case of their own, so this is where they approve it.
 */
export function ReportsToValidate({ exceptIds = [] }: ReportsToValidateProps) {
  const t = useT(messages);
  const [approved, setApproved] = useState(false);
  const { data, error, refetch } = useQuery(ReportsToValidateQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const reports = (data?.sessionReportsToValidate ?? []).filter((report) => !exceptIds.includes(report.id));
  if (reports.length === 0 && !approved) return null;
  return (
    <Section title={t('toValidateTitle')} description={t('toValidateIntro')} id="employee-reports-to-validate">
      <Stack gap="md">
        {approved && <Alert tone="success">{t('thanks')}</Alert>}
        {reports.map((report) => (
          <SessionSummaryCard key={report.id} report={report} data-testid={`report-to-validate-${report.id}`}>
            <p>
              {t('with')}: {report.participants.map((p) => p.name).join(', ')}
            </p>
            <SessionSummaryValidation
              report={report}
              mayValidate
              onChanged={() => {
                setApproved(true);
                void refetch();
              }}
            />
          </SessionSummaryCard>
        ))}
      </Stack>
    </Section>
  );
}
