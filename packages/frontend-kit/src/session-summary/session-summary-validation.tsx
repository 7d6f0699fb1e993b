import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { Button, Cluster, TextArea, useT } from '@terugkeer/ui';
import { useState, type ReactNode } from 'react';
import { ErrorAlert, resultOrNull } from '../errors';
import { sessionSummaryMessages } from './session-summary.messages';

export const SessionSummaryValidationFragment = graphql(`
  fragment SessionSummaryValidation_SessionReport on SessionReport {
    id
    version
  }
`);

const ValidateMutation = graphql(`
  mutation SessionSummaryValidation_ValidateMutation($input: ValidateSessionReportInput!) {
    validateSessionReport(input: $input) {
      id
      state
      version
    }
  }
`);

export interface SessionSummaryValidationProps {
  report: FragmentType<ResultOf<typeof SessionSummaryValidationFragment>>;
  /** Whether the reader still has to approve this summary. */
  mayValidate: boolean;
  onChanged: () => void;
  /** Further buttons beside approve, e.g. release; their failure goes in `error`. */
  actions?: ReactNode;
  error?: unknown;
}

/** A participant approves a summary or asks the coach for a change. */
export function SessionSummaryValidation({ report, mayValidate, onChanged, actions, error }: SessionSummaryValidationProps) {
  const t = useT(sessionSummaryMessages);
  const [validate, validating] = useMutation(ValidateMutation);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const { data, complete } = useFragment({ fragment: SessionSummaryValidationFragment, from: report });
  if (!complete) return null;
  const send = async (approve: boolean) => {
    const input = { reportId: data.id, expectedVersion: data.version, approve, ...(approve ? {} : { comment }) };
    await resultOrNull(validate({ variables: { input } }));
    onChanged();
  };

  return (
    <>
      <ErrorAlert error={validating.error ?? error} conflict={t('conflict')} />
      <Cluster>
        {mayValidate && (
          <>
            <Button onClick={() => void send(true)} loading={validating.loading}>
              {t('approve')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(true)}>
              {t('askChange')}
            </Button>
          </>
        )}
        {actions}
      </Cluster>
      {asking && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send(false).then(() => setAsking(false));
          }}
        >
          <TextArea label={t('changeLabel')} value={comment} onChange={(event) => setComment(event.target.value)} required maxLength={5000} />
          <Button type="submit" disabled={!comment.trim()}>
            {t('sendChange')}
          </Button>
        </form>
      )}
    </>
  );
}
