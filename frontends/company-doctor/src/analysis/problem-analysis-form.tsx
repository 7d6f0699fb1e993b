import { useMutation } from '@apollo/client/react';
import { ErrorAlert, useErrorText, WordingWarning } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Cluster, Fieldset, NumberField, RadioGroup, Stack, TextArea, TextField, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { messages } from './analysis.messages';

const RecordMutation = graphql(`
  mutation ProblemAnalysisForm_RecordMutation($input: RecordProblemAnalysisInput!) {
    recordProblemAnalysis(input: $input) {
      problemAnalysis {
        id
        version
      }
      healthWordingWarnings {
        field
        term
      }
    }
  }
`);

const hoursOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Records the first problem analysis, or a new version after a relapse or a change. */
export function ProblemAnalysisForm({ caseId, currentVersion, onSaved }: { caseId: string; currentVersion: number; onSaved: () => void }) {
  const t = useT(messages);
  // The caseload's to-do list lives in another tab of the same cache: it is asked again, not left stale.
  const [record, recording] = useMutation(RecordMutation, { refetchQueries: ['DoctorCaseload_CasesQuery'] });
  const { fieldErrors } = useErrorText();
  const [possibilities, setPossibilities] = useState('');
  const [limitations, setLimitations] = useState('');
  const [expectedDuration, setExpectedDuration] = useState('');
  const [advice, setAdvice] = useState('');
  const [maxHoursPerWeek, setMaxHoursPerWeek] = useState('');
  const [maxIncreasePerWeek, setMaxIncreasePerWeek] = useState('');
  const [employeeNeeds, setEmployeeNeeds] = useState('');
  const [occasion, setOccasion] = useState<'RELAPSE' | 'CHANGE'>('CHANGE');
  const [acknowledged, setAcknowledged] = useState(false);
  const result = recording.data?.recordProblemAnalysis;
  const warnings = result && !result.problemAnalysis ? result.healthWordingWarnings : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await record({
      variables: {
        input: {
          caseId,
          expectedVersion: currentVersion,
          occasion: currentVersion === 0 ? null : occasion,
          possibilities: lines(possibilities),
          limitations: lines(limitations),
          expectedDuration: expectedDuration || null,
          advice,
          advisedMaxHoursPerWeek: hoursOrNull(maxHoursPerWeek),
          advisedMaxIncreasePerWeek: hoursOrNull(maxIncreasePerWeek),
          employeeNeeds: employeeNeeds.trim() || null,
          acknowledgeHealthWording: acknowledged,
        },
      },
    });
    if (data?.recordProblemAnalysis.problemAnalysis) onSaved();
    else setAcknowledged(true);
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('save')}>
      <Stack gap="md">
        {currentVersion > 0 && (
          <RadioGroup
            legend={t('occasion')}
            name="occasion"
            value={occasion}
            onChange={(value) => setOccasion(value as 'RELAPSE' | 'CHANGE')}
            options={[
              { value: 'RELAPSE', label: t('RELAPSE') },
              { value: 'CHANGE', label: t('CHANGE') },
            ]}
          />
        )}
        <TextArea
          label={t('possibilities')}
          value={possibilities}
          onChange={(event) => {
            setPossibilities(event.target.value);
            setAcknowledged(false);
          }}
          required
          rows={3}
        />
        <TextArea
          label={t('limitations')}
          value={limitations}
          onChange={(event) => {
            setLimitations(event.target.value);
            setAcknowledged(false);
          }}
          required
          rows={3}
        />
        <TextField label={t('expectedDuration')} value={expectedDuration} onChange={(event) => setExpectedDuration(event.target.value)} />
        <TextArea
          label={t('advice')}
          value={advice}
          onChange={(event) => {
            setAdvice(event.target.value);
            setAcknowledged(false);
          }}
          required
          rows={3}
        />
        <Fieldset legend={t('advisedBuildUp')} hint={t('advisedBuildUpHint')}>
          <Cluster align="end" gap="md">
            <NumberField
              label={t('maxHoursPerWeek')}
              unit={t('hoursUnit')}
              min={0.5}
              max={60}
              step={0.5}
              value={maxHoursPerWeek}
              onChange={(event) => setMaxHoursPerWeek(event.target.value)}
              error={fieldErrors(recording.error).advisedMaxHoursPerWeek}
            />
            <NumberField
              label={t('maxIncreasePerWeek')}
              unit={t('hoursUnit')}
              min={0.5}
              max={60}
              step={0.5}
              value={maxIncreasePerWeek}
              onChange={(event) => setMaxIncreasePerWeek(event.target.value)}
              error={fieldErrors(recording.error).advisedMaxIncreasePerWeek}
            />
          </Cluster>
        </Fieldset>
        <TextArea
          label={t('employeeNeeds')}
          hint={t('employeeNeedsHint')}
          value={employeeNeeds}
          onChange={(event) => {
            setEmployeeNeeds(event.target.value);
            setAcknowledged(false);
          }}
          maxLength={1000}
          rows={2}
        />
        <WordingWarning warnings={warnings} title={t('wordingTitle')} intro={t('wordingIntro')} />
        <ErrorAlert error={recording.error} shownFields={(field) => field.startsWith('advised')} />
        <Button type="submit" loading={recording.loading}>
          {acknowledged && warnings.length > 0 ? t('saveAnyway') : t('save')}
        </Button>
      </Stack>
    </form>
  );
}
