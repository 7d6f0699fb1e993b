import { useMutation } from '@apollo/client/react';
import { ErrorAlert, localToday, resultOrNull, useErrorText } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, DateField, RadioGroup, Stack, TextArea, useT } from '@terugkeer/ui';
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

const SHOWN_FIELDS = ['reason', 'recordedAgreement.agreedOn'];

type Way = 'EMPLOYEE_SCREEN' | 'IN_TALK' | 'BY_PHONE' | 'IN_WRITING';

/**
 * The coach asks the company doctor to step in, only with the employee's agreement: asked on
 * their own screen, or, when they already agreed elsewhere, recorded with how and when.
 */
export function EscalationForm({ caseId, employeeName, onSent }: { caseId: string; employeeName: string; onSent: () => void }) {
  const t = useT(messages);
  const { fieldErrors } = useErrorText();
  const [reason, setReason] = useState('');
  const [urgency, setUrgency] = useState<'NORMAL' | 'URGENT'>('NORMAL');
  const [way, setWay] = useState<Way>('EMPLOYEE_SCREEN');
  const [agreedOn, setAgreedOn] = useState(localToday);
  const [tried, setTried] = useState(false);
  const [escalate, escalating] = useMutation(EscalateMutation);
  const server = fieldErrors(escalating.error);
  const recorded = way !== 'EMPLOYEE_SCREEN';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!reason.trim() || (recorded && !agreedOn)) return;
    const recordedAgreement = way === 'EMPLOYEE_SCREEN' ? null : { way, agreedOn };
    const result = await resultOrNull(escalate({ variables: { input: { caseId, reason: reason.trim(), urgency, recordedAgreement } } }));
    if (result?.data) {
      setReason('');
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
        <RadioGroup
          legend={t('agreement')}
          hint={t('agreementHint')}
          name={`agreement-${caseId}`}
          value={way}
          onChange={(value) => setWay(value as Way)}
          options={(['EMPLOYEE_SCREEN', 'IN_TALK', 'BY_PHONE', 'IN_WRITING'] as const).map((value) => ({ value, label: t(value) }))}
        />
        {recorded && (
          <DateField
            label={t('agreedOn')}
            required
            max={localToday()}
            value={agreedOn}
            onChange={(event) => setAgreedOn(event.target.value)}
            error={(tried && !agreedOn && t('agreedOnMissing')) || server['recordedAgreement.agreedOn']}
          />
        )}
        <ErrorAlert error={escalating.error} shownFields={SHOWN_FIELDS} />
        {escalating.data && !escalating.error && (
          <Alert tone="success">{escalating.data.escalateToCompanyDoctor.status === 'AWAITING_EMPLOYEE' ? t('asked') : t('sent')}</Alert>
        )}
        <div>
          <Button type="submit" loading={escalating.loading}>
            {recorded ? t('send') : t('ask')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
