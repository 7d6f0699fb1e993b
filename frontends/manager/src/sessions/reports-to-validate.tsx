import { useQuery } from '@apollo/client/react';
import { SessionSummaryCard, SessionSummaryValidation } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { createMessages, ErrorState, LoadingState, Section, Stack, useT } from '@terugkeer/ui';

const messages = createMessages({
  title: { nl: 'Verslagen om te controleren', en: 'Summaries to check' },
  intro: {
    nl: 'Driegesprekken waar je bij was. Klopt de samenvatting, keur hem dan goed; zo niet, vraag de coach om een wijziging.',
    en: 'Three-way talks you took part in. Approve the summary when it is right; otherwise ask the coach for a change.',
  },
  loading: { nl: 'Verslagen worden geladen…', en: 'Loading summaries…' },
  error: { nl: 'De verslagen konden niet worden geladen.', en: 'The summaries could not be loaded.' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  none: { nl: 'Er wacht niets op je controle.', en: 'Nothing waits for your check.' },
});

const ReportsToValidateQuery = graphql(`
  query ReportsToValidate_ReportsQuery {
    sessionReportsToValidate {
      id
      ...SessionSummaryCard_SessionReport
      ...SessionSummaryValidation_SessionReport
    }
  }
`);

/** Summaries of talks the manager took part in, waiting for the manager's approval. */
export function ReportsToValidate() {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(ReportsToValidateQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const reports = data.sessionReportsToValidate;
  return (
    <Section title={t('title')} description={t('intro')} id="manager-reports-to-validate">
      {reports.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <Stack gap="md">
          {reports.map((report) => (
            <SessionSummaryCard key={report.id} report={report}>
              <SessionSummaryValidation report={report} mayValidate onChanged={() => void refetch()} />
            </SessionSummaryCard>
          ))}
        </Stack>
      )}
    </Section>
  );
}
