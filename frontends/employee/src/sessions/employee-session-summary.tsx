import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { resultOrNull, SessionSummaryCard, SessionSummaryValidation } from '@terugkeer/frontend-kit';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { Button, useT } from '@terugkeer/ui';
import { messages } from './sessions.messages';

export const EmployeeSessionSummaryFragment = graphql(`
  fragment EmployeeSessionSummary_SessionReport on SessionReport {
    id
    state
    version
    participants {
      userId
      name
      validated
    }
    ...SessionSummaryCard_SessionReport
    ...SessionSummaryValidation_SessionReport
  }
`);

const ReleaseMutation = graphql(`
  mutation EmployeeSessionSummary_ReleaseMutation($input: SessionReportStepInput!) {
    releaseSessionReport(input: $input) {
      id
      state
      version
    }
  }
`);
const RevokeMutation = graphql(`
  mutation EmployeeSessionSummary_RevokeMutation($input: SessionReportStepInput!) {
    revokeSessionReportRelease(input: $input) {
      id
      state
      version
    }
  }
`);

export interface EmployeeSessionSummaryProps {
  report: FragmentType<ResultOf<typeof EmployeeSessionSummaryFragment>>;
  viewerId: string | null;
  onChanged: () => void;
}

/** One summary with what the employee can do with it now: approve, ask for a change, release, take back. */
export function EmployeeSessionSummary({ report: ref, viewerId, onChanged }: EmployeeSessionSummaryProps) {
  const t = useT(messages);
  const [release, releasing] = useMutation(ReleaseMutation);
  const [revoke, revoking] = useMutation(RevokeMutation);
  const { data: report, complete } = useFragment({
    fragment: EmployeeSessionSummaryFragment,
    // The document also carries the kit fragments it spreads; this one is read here.
    fragmentName: 'EmployeeSessionSummary_SessionReport',
    from: ref,
  });
  if (!complete) return null;
  const step = { reportId: report.id, expectedVersion: report.version };
  const mine = report.participants.find((p) => p.userId === viewerId);
  const run = (action: () => Promise<unknown>) => void resultOrNull(action()).then(onChanged);

  return (
    <SessionSummaryCard report={report} showState data-testid={`session-report-${report.id}`}>
      <p>
        {t('participants')}: {report.participants.map((p) => `${p.name} (${p.validated ? t('validated') : t('pending')})`).join(', ')}
      </p>
      <SessionSummaryValidation
        report={report}
        mayValidate={report.state === 'AWAITING_VALIDATION' && Boolean(mine && !mine.validated)}
        onChanged={onChanged}
        error={releasing.error ?? revoking.error}
        actions={
          <>
            {report.state === 'VALIDATED' && (
              <Button onClick={() => run(() => release({ variables: { input: step } }))} loading={releasing.loading}>
                {t('release')}
              </Button>
            )}
            {report.state === 'RELEASED' && (
              <Button variant="secondary" onClick={() => run(() => revoke({ variables: { input: step } }))} loading={revoking.loading}>
                {t('revoke')}
              </Button>
            )}
          </>
        }
      />
    </SessionSummaryCard>
  );
}
