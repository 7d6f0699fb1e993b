import { useMutation } from '@apollo/client/react';
import { ErrorAlert, formatDateOf, formatDateTime } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { messages } from './check-in.messages';

const RequestExtraTalkMutation = graphql(`
  mutation ExtraTalk_RequestExtraTalkMutation($caseId: ID!) {
    requestExtraTalk(caseId: $caseId) {
      id
      state
    }
  }
`);

export interface TalkRequestView {
  id: string;
  state: 'REQUESTED' | 'PLANNED';
  requestedAt: string;
  appointment?: { startsAt: string } | null;
}

/** Where the employee's latest request for an extra talk stands. */
export function TalkRequestState({ request }: { request: TalkRequestView }) {
  const t = useT(messages);
  const { locale } = useLocale();
  return (
    <p data-testid="talk-request-state">
      <StatusBadge tone={request.state === 'PLANNED' ? 'success' : 'info'}>{t(request.state === 'PLANNED' ? 'talkPlanned' : 'talkRequested')}</StatusBadge>{' '}
      {request.state === 'PLANNED' && request.appointment
        ? t('talkPlannedOn', { when: formatDateTime(request.appointment.startsAt, locale) })
        : t('talkRequestedOn', { date: formatDateOf(request.requestedAt, locale) })}
    </p>
  );
}

/** After a dip: ask the coach for an extra talk, unless a request already waits. */
export function AskExtraTalk({ caseId, waiting, onRequested }: { caseId: string; waiting: TalkRequestView | null; onRequested: () => void }) {
  const t = useT(messages);
  const [request, requesting] = useMutation(RequestExtraTalkMutation);
  if (waiting) return <TalkRequestState request={waiting} />;
  return (
    <>
      <ErrorAlert error={requesting.error} />
      <Button loading={requesting.loading} onClick={() => void request({ variables: { caseId } }).then(onRequested, () => undefined)}>
        {t('askExtraTalk')}
      </Button>
    </>
  );
}
