import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, Cluster, Fieldset, Stack, TextArea, TextField, useT } from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { ErrorAlert, isConflict, useErrorText } from '../errors';
import { RelapsePlanFragment, type RelapsePlan } from './relapse-plan-card';
import { draftOf, emptySignal, inputOf, type RelapsePlanDraft, type SignalDraft } from './relapse-plan-draft';
import { relapsePlanMessages } from './relapse-plan.messages';

const SaveRelapsePlanMutation = graphql(`
  mutation RelapsePlanEditor_SaveRelapsePlanMutation($input: SaveRelapsePlanInput!) {
    saveRelapsePreventionPlan(input: $input) {
      ...RelapsePlanCard_RelapsePreventionPlan
    }
  }
`);

export interface RelapsePlanEditorProps {
  caseId: string;
  /** The plan as last read; null for a case without one. */
  plan: FragmentType<RelapsePlan> | null;
  onSaved: () => void;
  /** After a conflict: read the plan again, so the newest version can be loaded into the form. */
  onConflict: () => void;
  onCancel?: () => void;
}

/**
 * Employee and coach write the plan together. The form saves against the revision it was
 * loaded from: when someone else saved first, nothing is overwritten and the writer loads
 * the newest version to change that.
 */
export function RelapsePlanEditor({ plan, ...props }: RelapsePlanEditorProps) {
  return plan ? <EditorOfPlan plan={plan} {...props} /> : <EditorForm current={null} {...props} />;
}

function EditorOfPlan({ plan, ...props }: RelapsePlanEditorProps & { plan: FragmentType<RelapsePlan> }) {
  const { data, complete } = useFragment({ fragment: RelapsePlanFragment, from: plan });
  return complete ? <EditorForm current={data} {...props} /> : null;
}

function EditorForm({ caseId, current, onSaved, onConflict, onCancel }: Omit<RelapsePlanEditorProps, 'plan'> & { current: RelapsePlan | null }) {
  const t = useT(relapsePlanMessages);
  const { fieldErrors } = useErrorText();
  const [draft, setDraft] = useState<RelapsePlanDraft>(() => draftOf(current?.latest, t('defaultStatement')));
  const [baseRevision, setBaseRevision] = useState(current?.revision ?? 0);
  const [save, saving] = useMutation(SaveRelapsePlanMutation);
  const errors = fieldErrors(saving.error);
  const behind = current !== null && current.revision !== baseRevision;

  const setSignal = (index: number, change: Partial<SignalDraft>) =>
    setDraft((d) => ({ ...d, signals: d.signals.map((signal, i) => (i === index ? { ...signal, ...change } : signal)) }));

  const shown = new Set([
    'signals',
    'normalisationStatement',
    ...draft.signals.flatMap((_, i) => ['description', 'actions', 'asks'].map((f) => `signals[${i}].${f}`)),
  ]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { input: { caseId, expectedRevision: baseRevision, ...inputOf(draft) } } });
      onSaved();
    } catch (error) {
      // The error itself is shown from the mutation's state; a conflict also reads the plan again.
      if (isConflict(error)) onConflict();
    }
  };
  const loadNewest = () => {
    setDraft(draftOf(current?.latest, t('defaultStatement')));
    setBaseRevision(current?.revision ?? 0);
    saving.reset();
  };

  return (
    <Card title={t('editTitle')} data-testid="relapse-plan-editor">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <p>{t('editIntro')}</p>
          <ErrorAlert error={saving.error} conflict={t('conflict')} shownFields={(field) => shown.has(field)} />
          {isConflict(saving.error) && behind && (
            <div>
              <Button variant="secondary" onClick={loadNewest}>
                {t('loadNewest')}
              </Button>
            </div>
          )}
          {errors.signals && <Alert tone="error">{errors.signals}</Alert>}
          {draft.signals.map((signal, i) => (
            <Fieldset key={i} legend={t('signalNumber', { number: i + 1 })}>
              <TextField
                label={t('description')}
                hint={t('descriptionHint')}
                value={signal.description}
                onChange={(event) => setSignal(i, { description: event.target.value })}
                error={errors[`signals[${i}].description`]}
                required
              />
              <TextArea
                label={t('actions')}
                value={signal.actions}
                onChange={(event) => setSignal(i, { actions: event.target.value })}
                error={errors[`signals[${i}].actions`]}
                rows={3}
                required
              />
              <TextArea
                label={t('asks')}
                value={signal.asks}
                onChange={(event) => setSignal(i, { asks: event.target.value })}
                error={errors[`signals[${i}].asks`]}
                rows={2}
              />
              {draft.signals.length > 1 && (
                <div>
                  <Button variant="secondary" size="small" onClick={() => setDraft((d) => ({ ...d, signals: d.signals.filter((_, j) => j !== i) }))}>
                    {t('removeSignal', { number: i + 1 })}
                  </Button>
                </div>
              )}
            </Fieldset>
          ))}
          <div>
            <Button variant="secondary" onClick={() => setDraft((d) => ({ ...d, signals: [...d.signals, emptySignal()] }))}>
              {t('addSignal')}
            </Button>
          </div>
          <TextArea
            label={t('statement')}
            hint={t('statementHint')}
            value={draft.normalisationStatement}
            onChange={(event) => setDraft((d) => ({ ...d, normalisationStatement: event.target.value }))}
            error={errors.normalisationStatement}
            rows={3}
            required
          />
          <Cluster>
            <Button type="submit" loading={saving.loading}>
              {t('save')}
            </Button>
            {onCancel && (
              <Button variant="secondary" onClick={onCancel}>
                {t('cancel')}
              </Button>
            )}
          </Cluster>
        </Stack>
      </form>
    </Card>
  );
}
