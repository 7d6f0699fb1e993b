import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { ErrorAlert, isConflict, useErrorText } from '@terugkeer/frontend-kit';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import { Alert, Button, Card, Cluster, Fieldset, NumberField, Stack, TextField, useT } from '@terugkeer/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AdvisedBuildUp } from '@terugkeer/domain';
import { adviceWarningsOfDraft, contentOfDraft, draftFromVersion, fieldAsShown, problemsOfDraft, type DraftProblem, type PlanDraft } from './plan-draft';
import { ContactFields, HourPhases, ItemRows } from './plan-editor-fields';
import { editorMessages } from './plan-editor.messages';

export const PlanEditorFragment = graphql(`
  fragment PlanEditor_ActionPlan on ActionPlan {
    id
    version
    latest {
      number
      status
      goals {
        description
        deadline
      }
      activities {
        description
        deadline
      }
      contactPerson
      evaluationEveryWeeks
      hourAgreements {
        weekStart
        hoursPerWeek
        homeHours
        locationHours
        tasksToStartWith
        tasksTooMuch
        therapeutic
      }
      contactAgreement {
        frequency
        weekday
        time
        mode
        purpose
        meetingPlace
      }
    }
  }
`);

const SaveActionPlanMutation = graphql(`
  mutation PlanEditor_SaveActionPlanMutation($input: SaveActionPlanInput!) {
    saveActionPlan(input: $input) {
      id
      version
      latest {
        number
        status
      }
    }
  }
`);

export interface PlanEditorProps {
  caseId: string;
  /** The plan as last read; null when there is none yet. */
  plan: FragmentType<ResultOf<typeof PlanEditorFragment>> | null;
  /** The company doctor's advised build-up, against which the hours are checked as they are typed. */
  advice?: AdvisedBuildUp | null;
  onSaved: (versionNumber: number) => void;
  /** Someone else saved first: the parent reads the plan again, the draft stays. */
  onConflict: () => void;
  onCancel: () => void;
}

const RANGES: Array<[RegExp, { min: number; max: number }]> = [
  [/^evaluationEveryWeeks$/, { min: 1, max: 26 }],
  [/^hourAgreements/, { min: 0, max: 60 }],
];

/**
 * The manager (or case manager) writes the plan of action. Editing a signed version
 * starts a new one; a save based on an older read is refused, never merged silently.
 */
export function PlanEditor({ caseId, plan: planRef, advice, onSaved, onConflict, onCancel }: PlanEditorProps) {
  const t = useT(editorMessages);
  const read = useFragment({ fragment: PlanEditorFragment, from: planRef });
  const plan = planRef && read.complete ? read.data : null;
  const { fieldErrors } = useErrorText();
  const [draft, setDraft] = useState<PlanDraft>(() => draftFromVersion(plan?.latest));
  // Counts the tries to save, so every refused try moves focus to the first field to fix.
  const [attempts, setAttempts] = useState(0);
  const checked = attempts > 0;
  const [save, saving] = useMutation(SaveActionPlanMutation);
  const form = useRef<HTMLFormElement>(null);
  const problems = problemsOfDraft(draft);
  const problemCount = Object.keys(problems).length;
  const adviceWarnings = adviceWarningsOfDraft(draft, advice);
  const serverErrors = Object.fromEntries(Object.entries(fieldErrors(saving.error)).map(([field, reason]) => [fieldAsShown(draft, field), reason]));
  const latest = plan?.latest;
  const startsNewVersion = latest && latest.status !== 'DRAFT';

  useEffect(() => {
    if (attempts > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts, saving.error]);

  const problemText = (field: string, problem: DraftProblem) => {
    const range = RANGES.find(([pattern]) => pattern.test(field))?.[1] ?? { min: 0, max: 60 };
    return t(problem, range);
  };
  const errorFor = (field: string) => (checked && problems[field] ? problemText(field, problems[field]) : serverErrors[field]);
  const change = (patch: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    if (problemCount > 0) return;
    const content = contentOfDraft(draft);
    try {
      const result = await save({ variables: { input: { caseId, expectedVersion: plan?.version ?? 0, ...content } } });
      if (result.data) onSaved(result.data.saveActionPlan.latest.number);
    } catch (error) {
      if (isConflict(error)) onConflict();
    }
  };

  return (
    <Card title={t(plan ? 'editTitle' : 'createTitle')} data-testid="plan-editor">
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="lg">
          {startsNewVersion && <Alert tone="info">{t('newVersionNotice', { number: latest.number, next: latest.number + 1 })}</Alert>}
          <ItemRows list="goals" rows={draft.goals} onChange={(goals) => change({ goals })} errorFor={errorFor} />
          <ItemRows list="activities" rows={draft.activities} onChange={(activities) => change({ activities })} errorFor={errorFor} />
          <Fieldset legend={t('general')}>
            <TextField
              label={t('contactPerson')}
              hint={t('contactPersonHint')}
              maxLength={1000}
              value={draft.contactPerson}
              onChange={(event) => change({ contactPerson: event.target.value })}
              error={errorFor('contactPerson')}
            />
            <NumberField
              label={t('evaluationEveryWeeks')}
              unit={t('weeks')}
              min={1}
              max={26}
              required
              value={draft.evaluationEveryWeeks}
              onChange={(event) => change({ evaluationEveryWeeks: event.target.value })}
              error={errorFor('evaluationEveryWeeks')}
            />
          </Fieldset>
          <HourPhases
            phases={draft.hourAgreements}
            onChange={(hourAgreements) => change({ hourAgreements })}
            errorFor={errorFor}
            advice={advice}
            adviceWarnings={adviceWarnings}
          />
          <ContactFields contact={draft.contact} onChange={(contact) => change({ contact })} errorFor={errorFor} />
          {checked && problemCount > 0 && <Alert tone="error">{t('fixFirst', { count: problemCount })}</Alert>}
          <ErrorAlert error={saving.error} shownFields={(field) => field !== 'caseId'} conflict={t('conflict')} />
          {adviceWarnings.size > 0 && (
            <Alert tone="warning" data-testid="faster-than-advice">
              {t('fasterThanAdviceSave')}
            </Alert>
          )}
          <Cluster gap="md">
            <Button type="submit" loading={saving.loading}>
              {t(adviceWarnings.size > 0 ? 'saveAnyway' : 'save')}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('cancel')}
            </Button>
          </Cluster>
        </Stack>
      </form>
    </Card>
  );
}
