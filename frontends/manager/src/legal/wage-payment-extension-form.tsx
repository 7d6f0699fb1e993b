import { useMutation } from '@apollo/client/react';
import { ErrorAlert, resultOrNull, useErrorText } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, NumberField, Select, Stack, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { wagePaymentExtensionMessages } from './wage-payment-extension.messages';

const SetWagePaymentExtensionMutation = graphql(`
  mutation WagePaymentExtensionForm_SetWagePaymentExtensionMutation($input: SetWagePaymentExtensionInput!) {
    setWagePaymentExtension(input: $input) {
      id
    }
  }
`);

const KINDS = ['WAGE_SANCTION', 'VOLUNTARY', 'LATE_WIA_APPLICATION'] as const;

/** Dutch cases, for the case manager: the days one kind of extension adds to wage payment. */
export function WagePaymentExtensionForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const t = useT(wagePaymentExtensionMessages);
  const { fieldErrors } = useErrorText();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('WAGE_SANCTION');
  const [days, setDays] = useState('');
  const [save, saving] = useMutation(SetWagePaymentExtensionMutation);
  const serverErrors = fieldErrors(saving.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await resultOrNull(save({ variables: { input: { caseId, kind, days: Number(days) } } }));
    if (result?.data) onSaved();
  };

  return (
    <Card title={t('extensionTitle')} data-testid="wage-payment-extension">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <p>{t('extensionIntro')}</p>
          <Select
            label={t('kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value as (typeof KINDS)[number])}
            options={KINDS.map((value) => ({ value, label: t(value) }))}
          />
          <NumberField
            label={t('days')}
            hint={t('daysHint')}
            required
            value={days}
            onChange={(event) => setDays(event.target.value)}
            error={serverErrors.days}
          />
          <ErrorAlert error={saving.error} shownFields={['days']} />
          {saving.data && !saving.error && <Alert tone="success">{t('saved')}</Alert>}
          <div>
            <Button type="submit" loading={saving.loading}>
              {t('save')}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
