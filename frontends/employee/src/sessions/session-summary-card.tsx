import { useMutation } from '@apollo/client/react';
import { ErrorAlert, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Card, Cluster, formatDate, StatusBadge, TextArea, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { messages } from './sessions.messages';

const ValidateMutation = graphql(`
  mutation SessionSummaryCard_ValidateMutation($input: ValidateSessionReportInput!) {
    validateSessionReport(input: $input) {
      id
      state
      version
    }
  }
`);
const ReleaseMutation = graphql(`
  mutation SessionSummaryCard_ReleaseMutation($input: SessionReportStepInput!) {
    releaseSessionReport(input: $input) {
      id
      state
      version
    }
  }
`);
const RevokeMutation = graphql(`
  mutation SessionSummaryCard_RevokeMutation($input: SessionReportStepInput!) {
    revokeSessionReportRelease(input: $input) {
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
  state: 'DRAFT' | 'AWAITING_VALIDATION' | 'CHANGES_REQUESTED' | 'VALIDATED' | 'RELEASED';
  summary: string;
  version: number;
  participants: readonly { userId: string; name: string; validated: boolean }[];
}

const TONE = { DRAFT: 'neutral', AWAITING_VALIDATION: 'warning', CHANGES_REQUESTED: 'warning', VALIDATED: 'info', RELEASED: 'success' } as const;

/** One summary with what the employee can do with it now: approve, ask for a change, release, take back. */
export function SessionSummaryCard({ report, viewerId, onChanged }: { report: Report; viewerId: string | null; onChanged: () => void }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const [validate, validating] = useMutation(ValidateMutation);
  const [release, releasing] = useMutation(ReleaseMutation);
  const [revoke, revoking] = useMutation(RevokeMutation);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const step = { reportId: report.id, expectedVersion: report.version };
  const run = async (action: () => Promise<unknown>) => {
    await resultOrNull(action());
    onChanged();
  };
  const mine = report.participants.find((p) => p.userId === viewerId);
  const failure = validating.error ?? releasing.error ?? revoking.error;

  return (
    <Card title={`${t(report.kind)} · ${formatDate(report.heldOn, locale)}`} data-testid={`session-report-${report.id}`}>
      <StatusBadge tone={TONE[report.state]}>{t(report.state)}</StatusBadge>
      <p>{report.summary}</p>
      <p>
        {t('participants')}: {report.participants.map((p) => `${p.name} (${p.validated ? t('validated') : t('pending')})`).join(', ')}
      </p>
      <ErrorAlert error={failure} conflict={t('conflict')} />
      <Cluster>
        {report.state === 'AWAITING_VALIDATION' && mine && !mine.validated && (
          <>
            <Button onClick={() => void run(() => validate({ variables: { input: { ...step, approve: true } } }))} loading={validating.loading}>
              {t('approve')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(true)}>
              {t('askChange')}
            </Button>
          </>
        )}
        {report.state === 'VALIDATED' && (
          <Button onClick={() => void run(() => release({ variables: { input: step } }))} loading={releasing.loading}>
            {t('release')}
          </Button>
        )}
        {report.state === 'RELEASED' && (
          <Button variant="secondary" onClick={() => void run(() => revoke({ variables: { input: step } }))} loading={revoking.loading}>
            {t('revoke')}
          </Button>
        )}
      </Cluster>
      {asking && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => validate({ variables: { input: { ...step, approve: false, comment } } })).then(() => setAsking(false));
          }}
        >
          <TextArea label={t('changeLabel')} value={comment} onChange={(event) => setComment(event.target.value)} required maxLength={5000} />
          <Button type="submit" disabled={!comment.trim()}>
            {t('sendChange')}
          </Button>
        </form>
      )}
    </Card>
  );
}
