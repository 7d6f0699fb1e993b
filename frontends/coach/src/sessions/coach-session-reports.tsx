import { useMutation, useQuery } from '@apollo/client/react';
import { appointmentKindMessages, ErrorAlert, formatDateTime, SessionSummaryCard } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, EmptyState, ErrorState, LoadingState, Page, Section, Select, Stack, useLocale, useT } from '@terugkeer/ui';
import { useChosenCase, type CaseRequest } from '../caseload/case-request';
import { SessionReportForm } from './session-report-form';
import { messages } from './sessions.messages';

const CoachSessionReportsQuery = graphql(`
  query CoachSessionReports_CasesQuery {
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
            dialogueColleagues {
              userId
              name
            }
            appointments {
              id
              kind
              startsAt
              status
            }
            sessionReports {
              id
              appointmentId
              state
              privateNotes
              changeRequest
              version
              participants {
                userId
                name
                validated
              }
              ...SessionSummaryCard_SessionReport
            }
          }
        }
      }
    }
  }
`);

const SubmitMutation = graphql(`
  mutation CoachSessionReports_SubmitMutation($input: SessionReportStepInput!) {
    submitSessionReport(input: $input) {
      id
      state
      version
    }
  }
`);

export function CoachSessionReports({ request }: { request?: CaseRequest | null } = {}) {
  const t = useT(messages);
  const kindOfTalk = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CoachSessionReportsQuery);
  const [submit, submitting] = useMutation(SubmitMutation);
  const [chosen, setChosen] = useChosenCase(request);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node);
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const current = cases.find((c) => c.id === chosen) ?? cases[0];
  const reports = [...current.sessionReports].reverse();
  const talkLine = (appointmentId: string | null) => {
    const talk = current.appointments?.find((appointment) => appointment.id === appointmentId);
    return talk ? t('ofTalk', { when: `${kindOfTalk(talk.kind)} · ${formatDateTime(talk.startsAt, locale)}` }) : t('withoutTalk');
  };

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="coach-session-reports">
      <Select
        label={t('caseField')}
        value={current.id}
        onChange={(event) => setChosen(event.target.value)}
        options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
      />
      <Section title={t('write')}>
        <SessionReportForm
          key={current.id}
          caseId={current.id}
          colleagues={current.dialogueColleagues ?? []}
          talks={current.appointments ?? []}
          onSaved={() => void refetch()}
        />
      </Section>
      <Section title={t('title')}>
        <ErrorAlert error={submitting.error} />
        {reports.length === 0 ? (
          <EmptyState title={t('none')} />
        ) : (
          <Stack gap="md">
            {reports.map((report) => (
              <SessionSummaryCard key={report.id} report={report} showState data-testid={`coach-report-${report.id}`}>
                <p>{talkLine(report.appointmentId)}</p>
                {report.privateNotes && (
                  <p>
                    <strong>{t('privateNotes')}:</strong> {report.privateNotes}
                  </p>
                )}
                {report.state === 'CHANGES_REQUESTED' && report.changeRequest && (
                  <Alert tone="info" title={t('changeRequest')}>
                    {report.changeRequest}
                  </Alert>
                )}
                <p>
                  {t('approvedBy')}:{' '}
                  {report.participants
                    .filter((p) => p.validated)
                    .map((p) => p.name)
                    .join(', ') || '—'}
                  . {t('waitingFor')}:{' '}
                  {report.participants
                    .filter((p) => !p.validated)
                    .map((p) => p.name)
                    .join(', ') || '—'}
                </p>
                {(report.state === 'DRAFT' || report.state === 'CHANGES_REQUESTED') && (
                  <Button
                    loading={submitting.loading}
                    onClick={() => void submit({ variables: { input: { reportId: report.id, expectedVersion: report.version } } }).then(() => refetch())}
                  >
                    {t('submit')}
                  </Button>
                )}
              </SessionSummaryCard>
            ))}
          </Stack>
        )}
      </Section>
    </Page>
  );
}
