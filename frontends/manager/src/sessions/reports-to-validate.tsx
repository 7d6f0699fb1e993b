import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Card, Cluster, createMessages, ErrorState, formatDate, LoadingState, Section, Stack, TextArea, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';

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
  REFLECTION: { nl: 'Reflectiegesprek', en: 'Reflection talk' },
  DIALOGUE: { nl: 'Dialooggesprek', en: 'Dialogue talk' },
  THREE_WAY: { nl: 'Driegesprek', en: 'Three-way talk' },
  approve: { nl: 'Klopt, goedkeuren', en: 'Correct, approve' },
  askChange: { nl: 'Wijziging vragen', en: 'Ask for a change' },
  changeLabel: { nl: 'Wat moet er anders?', en: 'What should change?' },
  sendChange: { nl: 'Verstuur', en: 'Send' },
  conflict: {
    nl: 'Iemand anders heeft dit verslag net gewijzigd. Bekijk de nieuwste versie.',
    en: 'Someone else just changed this report. Look at the newest version.',
  },
});

const ReportsToValidateQuery = graphql(`
  query ReportsToValidate_ReportsQuery {
    sessionReportsToValidate {
      id
      kind
      heldOn
      summary
      version
    }
  }
`);

const ValidateMutation = graphql(`
  mutation ReportsToValidate_ValidateMutation($input: ValidateSessionReportInput!) {
    validateSessionReport(input: $input) {
      id
      state
      version
    }
  }
`);

interface Report {
  id: string;
  kind: 'REFLECTION' | 'DIALOGUE' | 'THREE_WAY';
  heldOn: string;
  summary: string;
  version: number;
}

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
            <ReportToValidate key={report.id} report={report} onChanged={() => void refetch()} />
          ))}
        </Stack>
      )}
    </Section>
  );
}

function ReportToValidate({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const [validate, { loading, error }] = useMutation(ValidateMutation);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const send = async (approve: boolean) => {
    const input = { reportId: report.id, expectedVersion: report.version, approve, ...(approve ? {} : { comment }) };
    const result = await resultOrNull(validate({ variables: { input } }));
    if (result?.data) onChanged();
  };
  return (
    <Card title={`${t(report.kind)} · ${formatDate(report.heldOn, locale)}`}>
      <p>{report.summary}</p>
      <ErrorAlert error={error} conflict={t('conflict')} />
      {asking ? (
        <Stack gap="sm">
          <TextArea label={t('changeLabel')} value={comment} onChange={(event) => setComment(event.target.value)} required />
          <div>
            <Button onClick={() => void send(false)} loading={loading} disabled={comment.trim() === ''}>
              {t('sendChange')}
            </Button>
          </div>
        </Stack>
      ) : (
        <Cluster>
          <Button onClick={() => void send(true)} loading={loading}>
            {t('approve')}
          </Button>
          <Button variant="secondary" onClick={() => setAsking(true)}>
            {t('askChange')}
          </Button>
        </Cluster>
      )}
    </Card>
  );
}
