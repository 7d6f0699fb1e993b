import { useMutation } from '@apollo/client/react';
import { ErrorAlert, localToday, resultOrNull, useErrorText } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, DataTable, DateField, EmptyState, formatDate, Stack, TextArea, useLocale, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { evaluationMessages } from './plan-evaluations.messages';

const RecordPlanEvaluationMutation = graphql(`
  mutation PlanEvaluations_RecordPlanEvaluationMutation($caseId: ID!, $heldOn: Date!, $outcome: String!) {
    recordPlanEvaluation(caseId: $caseId, heldOn: $heldOn, outcome: $outcome) {
      id
      number
      heldOn
      outcome
    }
  }
`);

export interface PlanEvaluationsProps {
  caseId: string;
  evaluations: ReadonlyArray<{ id: string; number: number; heldOn: string; outcome: string }>;
  /** Only a plan both signed can be evaluated. */
  hasSignedPlan: boolean;
  /** Due date of the next open EVALUATION milestone, if any. */
  nextDue: string | null;
  onRecorded: () => void;
}

/** Evaluations of the signed plan; each one fulfils the next legal evaluation moment. */
export function PlanEvaluations({ caseId, evaluations, hasSignedPlan, nextDue, onRecorded }: PlanEvaluationsProps) {
  const t = useT(evaluationMessages);
  const { fieldErrors } = useErrorText();
  const { locale } = useLocale();
  const [heldOn, setHeldOn] = useState(localToday);
  const [outcome, setOutcome] = useState('');
  const [missing, setMissing] = useState<{ heldOn?: boolean; outcome?: boolean }>({});
  const [record, recording] = useMutation(RecordPlanEvaluationMutation);
  const serverErrors = fieldErrors(recording.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = { heldOn: !heldOn, outcome: !outcome.trim() };
    setMissing(problems);
    if (problems.heldOn || problems.outcome) return;
    const result = await resultOrNull(record({ variables: { caseId, heldOn, outcome: outcome.trim() } }));
    if (result?.data) {
      setOutcome('');
      onRecorded();
    }
  };

  return (
    <Card title={t('title')} data-testid="plan-evaluations">
      <Stack gap="md">
        {nextDue && <p>{t('nextDue', { date: formatDate(nextDue, locale) })}</p>}
        {evaluations.length === 0 ? (
          <EmptyState title={t('none')} />
        ) : (
          <DataTable
            caption={t('done')}
            rowKey={(row) => row.id}
            rows={[...evaluations].reverse()}
            columns={[
              { key: 'number', header: t('number'), cell: (row) => row.number, rowHeader: true },
              { key: 'heldOn', header: t('heldOn'), cell: (row) => formatDate(row.heldOn, locale) },
              { key: 'outcome', header: t('outcome'), cell: (row) => row.outcome },
            ]}
          />
        )}
        {!hasSignedPlan ? (
          <p>{t('signFirst')}</p>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Stack gap="md">
              <DateField
                label={t('heldOn')}
                required
                max={localToday()}
                value={heldOn}
                onChange={(event) => setHeldOn(event.target.value)}
                error={missing.heldOn ? t('chooseDate') : serverErrors.heldOn}
              />
              <TextArea
                label={t('outcome')}
                hint={t('outcomeHint')}
                required
                rows={4}
                maxLength={5000}
                value={outcome}
                onChange={(event) => setOutcome(event.target.value)}
                error={missing.outcome ? t('writeOutcome') : serverErrors.outcome}
              />
              <ErrorAlert error={recording.error} shownFields={['heldOn', 'outcome']} />
              {recording.data && !recording.error && <Alert tone="success">{t('recorded', { number: recording.data.recordPlanEvaluation.number })}</Alert>}
              <div>
                <Button type="submit" loading={recording.loading}>
                  {t('record')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
