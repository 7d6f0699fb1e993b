import { useMutation } from '@apollo/client/react';
import { ErrorAlert, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, NumberField, Section, Stack, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './organization.messages';

const UpdateSettingsMutation = graphql(`
  mutation CostSettings_UpdateOrganizationSettingsMutation($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      id
      dailyAbsenceCost
      programmeCost
    }
  }
`);

export interface OrganizationCost {
  id: string;
  fullTimeHours: number;
  dailyAbsenceCost?: number | null;
  programmeCost?: number | null;
}

/** The two amounts behind the cost comparison; the report recomputes from the next event on. */
export function CostSettings({ organization, onSaved }: { organization: OrganizationCost; onSaved: (dailyAbsenceCost: number | null) => void }) {
  const t = useT(messages);
  const [update, { loading, error, data }] = useMutation(UpdateSettingsMutation);
  const [daily, setDaily] = useState(organization.dailyAbsenceCost?.toString() ?? '');
  const [programme, setProgramme] = useState(organization.programmeCost?.toString() ?? '');
  const amount = (text: string) => (text.trim() === '' ? null : Number(text));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await resultOrNull(
      update({
        variables: {
          input: {
            organizationId: organization.id,
            fullTimeHours: organization.fullTimeHours,
            dailyAbsenceCost: amount(daily),
            programmeCost: amount(programme),
          },
        },
      }),
    );
    if (result?.data) onSaved(result.data.updateOrganizationSettings.dailyAbsenceCost ?? null);
  };

  return (
    <Section title={t('settings')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <NumberField label={t('dailyAbsenceCost')} value={daily} onChange={(event) => setDaily(event.target.value)} min={0} step={0.01} />
          <NumberField label={t('programmeCostField')} value={programme} onChange={(event) => setProgramme(event.target.value)} min={0} step={0.01} />
          <ErrorAlert error={error} />
          {data && !error && <Alert tone="success">{t('saved')}</Alert>}
          <div>
            <Button type="submit" loading={loading}>
              {t('save')}
            </Button>
          </div>
        </Stack>
      </form>
    </Section>
  );
}
