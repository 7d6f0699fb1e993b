import { useQuery } from '@apollo/client/react';
import { SessionSummaryCard } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { createMessages, EmptyState, ErrorState, LoadingState, Section, Stack, useT } from '@terugkeer/ui';

const messages = createMessages({
  title: { nl: 'Vrijgegeven gespreksverslagen', en: 'Released session summaries' },
  intro: {
    nl: 'Samenvattingen die alle deelnemers hebben goedgekeurd en je medewerker aan je heeft vrijgegeven.',
    en: 'Summaries every participant approved and your employee released to you.',
  },
  loading: { nl: 'Verslagen worden geladen…', en: 'Loading summaries…' },
  error: { nl: 'De verslagen konden niet worden geladen.', en: 'The summaries could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  none: { nl: 'Er zijn nog geen vrijgegeven verslagen.', en: 'No summaries have been released yet.' },
});

const ReleasedSummariesQuery = graphql(`
  query ReleasedSummaries_CasesQuery {
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
            sessionReports {
              id
              ...SessionSummaryCard_SessionReport
            }
          }
        }
      }
    }
  }
`);

/** What a manager may see of the talks: the functional summaries released to them, nothing more. */
export function ReleasedSummaries({ caseId }: { caseId?: string }) {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(ReleasedSummariesQuery);
  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const summaries = data.viewer.cases.edges
    .filter(({ node }) => !caseId || node.id === caseId)
    .flatMap(({ node }) => node.sessionReports.map((report) => ({ ...report, employee: node.employee.name })));
  return (
    <Section title={t('title')} description={t('intro')} id="manager-released-summaries">
      {summaries.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <Stack gap="md">
          {summaries.map((report) => (
            <SessionSummaryCard key={report.id} report={report} about={report.employee} />
          ))}
        </Stack>
      )}
    </Section>
  );
}
