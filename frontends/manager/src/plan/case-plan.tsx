import { useQuery } from '@apollo/client/react';
import { FunctionalAdviceCard, PlanOfActionCard } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, DataTable, EmptyState, ErrorState, formatDate, LoadingState, Page, Select, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { WagePaymentExtensionForm } from '../legal/wage-payment-extension-form';
import { MILESTONE_TONE, milestoneKindMessages, milestoneStatusMessages } from './milestone-labels';
import { PlanEditor } from './plan-editor';
import { editorMessages } from './plan-editor.messages';
import { PlanEvaluations } from './plan-evaluations';
import { messages } from './plan.messages';

const CasePlanQuery = graphql(`
  query CasePlan_CasesQuery {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            viewerRelationships
            jurisdiction
            employee {
              id
              name
            }
            capabilityProfile {
              version
              recordedOn
              possibilities
              limitations
              expectedDuration
              advice
              employeeNeeds
              advisedBuildUp {
                maxHoursPerWeek
                maxIncreasePerWeek
              }
              advisedBuildUp {
                maxHoursPerWeek
                maxIncreasePerWeek
              }
            }
            milestones {
              key
              kind
              dueDate
              status
              warnOn
            }
            actionPlan {
              id
              signed {
                number
              }
              ...PlanOfActionCard_ActionPlan
              ...PlanEditor_ActionPlan
              evaluations {
                id
                number
                heldOn
                outcome
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * A case's plan of action to draw up, edit, sign and evaluate, beside the legal
 * deadlines the manager must keep; on a case page `caseId` fixes the case.
 */
export function CasePlan({ caseId }: { caseId?: string }) {
  const t = useT(messages);
  const label = useT(editorMessages);
  const kind = useT(milestoneKindMessages);
  const statusLabel = useT(milestoneStatusMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CasePlanQuery);
  const [chosen, setChosen] = useState('');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges
    .map((edge) => edge.node)
    .filter((c) => c.viewerRelationships.includes('MANAGER') || c.viewerRelationships.includes('CASE_MANAGER'));
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  // Without a choice, the case whose legal step is late or due comes first, not the first name.
  const needsAction = (['OVERDUE', 'DUE_SOON'] as const).map((status) => cases.find((c) => c.milestones.some((m) => m.status === status))).find(Boolean);
  const current = cases.find((c) => c.id === (caseId ?? chosen)) ?? needsAction ?? cases[0];
  const plan = current.actionPlan;
  // A Belgian case's plan is the re-integratieplan (Codex welzijn op het werk, art. I.4-74).
  const belgian = current.jurisdiction === 'BE';
  const upcoming = current.milestones.filter((m) => m.status !== 'NOT_APPLICABLE').slice(0, 6);
  const nextEvaluation = current.milestones.find((m) => m.kind === 'EVALUATION' && m.status !== 'DONE' && m.status !== 'NOT_APPLICABLE');
  const choose = (caseId: string) => {
    setChosen(caseId);
    setEditing(false);
    setSaved(null);
  };

  return (
    <Page title={t(belgian ? 'titleBE' : 'title')} description={t('intro')} as="div" id="manager-case-plan">
      <Stack gap="md">
        {!caseId && (
          <Select
            label={t('caseField')}
            value={current.id}
            onChange={(event) => choose(event.target.value)}
            options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
          />
        )}
        <DataTable
          caption={t('milestones')}
          rowKey={(row) => row.key}
          rows={upcoming}
          columns={[
            { key: 'what', header: t('milestone'), cell: (row) => kind(row.kind as keyof typeof milestoneKindMessages), rowHeader: true },
            {
              key: 'due',
              header: t('due'),
              cell: (row) =>
                row.warnOn ? `${formatDate(row.dueDate, locale)} — ${t('warnOn', { date: formatDate(row.warnOn, locale) })}` : formatDate(row.dueDate, locale),
            },
            {
              key: 'status',
              header: t('status'),
              cell: (row) => (
                <StatusBadge tone={MILESTONE_TONE[row.status as keyof typeof MILESTONE_TONE]}>
                  {statusLabel(row.status as keyof typeof milestoneStatusMessages)}
                </StatusBadge>
              ),
            },
          ]}
        />
        <FunctionalAdviceCard profile={current.capabilityProfile} />
        {saved !== null && !editing && <Alert tone="success">{label('savedOk', { number: saved })}</Alert>}
        {editing ? (
          <PlanEditor
            key={current.id}
            caseId={current.id}
            plan={plan}
            advice={current.capabilityProfile?.advisedBuildUp}
            onSaved={(number) => {
              setSaved(number);
              setEditing(false);
              void refetch();
            }}
            onConflict={() => void refetch()}
            onCancel={() => setEditing(false)}
          />
        ) : plan ? (
          <PlanOfActionCard
            caseId={current.id}
            plan={plan}
            title={(number) => t('version', { number })}
            detail="full"
            signAs={current.viewerRelationships.includes('MANAGER') ? 'MANAGER' : null}
            onSigned={() => void refetch()}
            actions={
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {label('edit')}
              </Button>
            }
            data-testid="action-plan"
          />
        ) : (
          <EmptyState title={t(belgian ? 'noPlanBE' : 'noPlan')} action={<Button onClick={() => setEditing(true)}>{label('create')}</Button>} />
        )}
        {plan && !editing && (
          <PlanEvaluations
            caseId={current.id}
            evaluations={plan.evaluations}
            hasSignedPlan={Boolean(plan.signed)}
            nextDue={nextEvaluation?.dueDate ?? null}
            onRecorded={() => void refetch()}
          />
        )}
        {!belgian && current.viewerRelationships.includes('CASE_MANAGER') && (
          <WagePaymentExtensionForm key={`extension-${current.id}`} caseId={current.id} onSaved={() => void refetch()} />
        )}
      </Stack>
    </Page>
  );
}
