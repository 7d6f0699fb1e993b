import { useMutation } from '@apollo/client/react';
import { ErrorAlert, isConflict, resultOrNull, useErrorText } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Stack, TextArea, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './doctor-caseload.messages';

const AcknowledgeMutation = graphql(`
  mutation AcknowledgeEscalation_AcknowledgeMutation($input: AcknowledgeEscalationInput!) {
    acknowledgeEscalation(input: $input) {
      id
      status
      acknowledgedAt
      acknowledgementNote
      version
    }
  }
`);

/** The doctor takes up a coach's escalation with a note the coach reads. */
export function AcknowledgeEscalation({ escalation, onDone }: { escalation: { id: string; version: number }; onDone: () => void }) {
  const t = useT(messages);
  const { fieldErrors } = useErrorText();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [acknowledge, acknowledging] = useMutation(AcknowledgeMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!note.trim()) return;
    const result = await resultOrNull(acknowledge({ variables: { input: { id: escalation.id, expectedVersion: escalation.version, note: note.trim() } } }));
    if (result?.data || isConflict(acknowledging.error)) onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <TextArea
          label={t('note')}
          hint={t('noteHint')}
          required
          rows={2}
          maxLength={5000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={(tried && !note.trim() && t('noteMissing')) || fieldErrors(acknowledging.error).note}
        />
        <ErrorAlert error={acknowledging.error} shownFields={['note']} conflict={t('conflict')} />
        <div>
          <Button type="submit" size="small" loading={acknowledging.loading}>
            {t('acknowledge')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
