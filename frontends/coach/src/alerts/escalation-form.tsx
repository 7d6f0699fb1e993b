import { useMutation } from '@apollo/client/react';
import { ErrorAlert, resultOrNull, useErrorText } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Checkbox, RadioGroup, Stack, TextArea, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './alerts.messages';

const EscalateMutation = graphql(`
  mutation EscalationForm_EscalateMutation($input: EscalateToCompanyDoctorInput!) {
    escalateToCompanyDoctor(input: $input) {
      id
      status
    }
  }
`);

const SHOWN_FIELDS = ['reason', 'employeeAgreed'];

/** The coach asks the company doctor to step in, only with the employee's agreement. */
export function EscalationForm({ caseId, employeeName, onSent }: { caseId: string; employeeName: string; onSent: () => void }) {
  const t = useT(messages);
  const { fieldErrors } = useErrorText();
  const [reason, setReason] = useState('');
  const [urgency, setUrgency] = useState<'NORMAL' | 'URGENT'>('NORMAL');
  const [agreed, setAgreed] = useState(false);
  const [tried, setTried] = useState(false);
  const [escalate, escalating] = useMutation(EscalateMutation);
  const server = fieldErrors(escalating.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!reason.trim() || !agreed) return;
    const result = await resultOrNull(escalate({ variables: { input: { caseId, reason: reason.trim(), urgency, employeeAgreed: agreed } } }));
    if (result?.data) {
      setReason('');
      setAgreed(false);
      setTried(false);
      onSent();
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={`${t('escalate')}: ${employeeName}`}>
      <Stack gap="md">
        <TextArea
          label={t('reason')}
          hint={t('reasonHint')}
          required
          rows={3}
          maxLength={5000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={(tried && !reason.trim() && t('reasonMissing')) || server.reason}
        />
        <RadioGroup
          legend={t('urgency')}
          name={`urgency-${caseId}`}
          value={urgency}
          onChange={(value) => setUrgency(value as 'NORMAL' | 'URGENT')}
          options={[
            { value: 'NORMAL', label: t('normalOption') },
            { value: 'URGENT', label: t('urgentOption') },
          ]}
        />
        <Checkbox
          label={t('agreed')}
          hint={t('agreedHint')}
          checked={agreed}
          onChange={(event) => setAgreed(event.target.checked)}
          error={(tried && !agreed && t('agreedMissing')) || server.employeeAgreed}
        />
        <ErrorAlert error={escalating.error} shownFields={SHOWN_FIELDS} />
        {escalating.data && !escalating.error && <Alert tone="success">{t('sent')}</Alert>}
        <div>
          <Button type="submit" loading={escalating.loading}>
            {t('send')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
