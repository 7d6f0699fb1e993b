import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, formatDateOf, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, Cluster, Section, Stack, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { messages } from './escalation.messages';

const EscalationRequestsQuery = graphql(`
  query EscalationRequests_CaseQuery($id: ID!) {
    case(id: $id) {
      id
      escalations {
        id
        status
        reason
        urgency
        raisedBy
        raisedAt
        version
      }
    }
  }
`);

const AnswerMutation = graphql(`
  mutation EscalationRequests_AnswerMutation($input: AnswerEscalationRequestInput!) {
    answerEscalationRequest(input: $input) {
      id
      status
      version
    }
  }
`);

/** The coach's requests to involve the company doctor, which wait for the employee's own yes or no. */
export function EscalationRequests({ caseId }: { caseId: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, refetch } = useQuery(EscalationRequestsQuery, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const [answer, answering] = useMutation(AnswerMutation);
  const [answered, setAnswered] = useState<'OPEN' | 'DECLINED' | null>(null);
  const waiting = (data?.case?.escalations ?? []).filter((escalation) => escalation.status === 'AWAITING_EMPLOYEE');
  if (waiting.length === 0 && !answered) return null;

  const send = async (id: string, version: number, agree: boolean) => {
    const result = await resultOrNull(answer({ variables: { input: { id, expectedVersion: version, agree } } }));
    if (result?.data) setAnswered(agree ? 'OPEN' : 'DECLINED');
    void refetch();
  };

  return (
    <Section title={t('title')} description={t('intro')} id="employee-escalation-requests">
      <Stack gap="md">
        {answered && <Alert tone={answered === 'OPEN' ? 'success' : 'info'}>{t(answered === 'OPEN' ? 'agreed' : 'declined')}</Alert>}
        <ErrorAlert error={answering.error} conflict={t('conflict')} />
        {waiting.map((escalation) => (
          <Card
            key={escalation.id}
            title={t('request', { coach: escalation.raisedBy, date: formatDateOf(escalation.raisedAt, locale) })}
            data-testid={`escalation-request-${escalation.id}`}
          >
            <p>
              <strong>{t('why')}:</strong> {escalation.reason}
            </p>
            <p>{t(escalation.urgency)}</p>
            <Cluster>
              <Button onClick={() => void send(escalation.id, escalation.version, true)} loading={answering.loading}>
                {t('agree')}
              </Button>
              <Button variant="secondary" onClick={() => void send(escalation.id, escalation.version, false)} disabled={answering.loading}>
                {t('decline')}
              </Button>
            </Cluster>
          </Card>
        ))}
      </Stack>
    </Section>
  );
}
