import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PlanOfActionCard, RelapsePlanCard, RelapsePlanEditor, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Cluster, ErrorState, LoadingState, Page, Stack, TextArea, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { useOwnCase } from '../workspace/own-case';
import { messages } from './plan.messages';

const MyPlansQuery = graphql(`
  query MyPlans_CaseQuery($id: ID!) {
    case(id: $id) {
      id
      jurisdiction
      actionPlan {
        id
        version
        latest {
          number
          employeeView
        }
        ...PlanOfActionCard_ActionPlan
      }
      relapsePreventionPlan {
        id
        revision
        latest {
          number
          agreedByEmployeeAt
        }
        ...RelapsePlanCard_RelapsePreventionPlan
      }
    }
  }
`);

const SetViewMutation = graphql(`
  mutation MyPlans_SetEmployeeViewMutation($input: SetEmployeeViewInput!) {
    setActionPlanEmployeeView(input: $input) {
      id
      version
    }
  }
`);

const AgreeMutation = graphql(`
  mutation MyPlans_AgreeRelapsePlanMutation($input: AgreeRelapsePlanInput!) {
    agreeRelapsePreventionPlan(input: $input) {
      id
      revision
    }
  }
`);

/** The employee's plan of action and relapse-prevention plan: read, sign or agree, and add their view. */
export function MyPlans() {
  const t = useT(messages);
  const own = useOwnCase();
  const { data, loading, error, refetch } = useQuery(MyPlansQuery, { variables: { id: own.caseId ?? '' }, skip: !own.caseId });
  const [setView, savingView] = useMutation(SetViewMutation);
  const [agree, agreeing] = useMutation(AgreeMutation);
  const [view, setViewText] = useState<string | null>(null);
  const [editingRelapsePlan, setEditingRelapsePlan] = useState(false);

  if (own.loading || (loading && !data)) return <LoadingState label={t('loading')} />;
  if (own.error || error || !data?.case) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const { id: caseId, actionPlan, relapsePreventionPlan, jurisdiction } = data.case;
  // A Belgian case's plan is the re-integratieplan (Codex welzijn op het werk, art. I.4-74).
  const belgian = jurisdiction === 'BE';
  const latest = actionPlan?.latest;
  const relapse = relapsePreventionPlan?.latest;
  const run = (action: () => Promise<unknown>) => void resultOrNull(action()).then(() => refetch());
  const failure = savingView.error ?? agreeing.error;

  return (
    <Page title={t('title')} description={t(belgian ? 'introBE' : 'intro')} as="div" id="employee-plans">
      <ErrorAlert error={failure} conflict={t('conflict')} />
      {!actionPlan || !latest ? (
        <p>{t(belgian ? 'noActionPlanBE' : 'noActionPlan')}</p>
      ) : (
        <PlanOfActionCard
          caseId={caseId}
          plan={actionPlan}
          title={(number) => t(belgian ? 'actionPlanBE' : 'actionPlan', { number })}
          detail="full"
          signAs="EMPLOYEE"
          onSigned={() => void refetch()}
          data-testid="my-action-plan"
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              run(() => setView({ variables: { input: { caseId, expectedVersion: actionPlan.version, text: view ?? latest.employeeView ?? '' } } }));
            }}
          >
            <Stack gap="sm">
              <TextArea
                label={t('myView')}
                hint={t('myViewHint')}
                value={view ?? latest.employeeView ?? ''}
                onChange={(event) => setViewText(event.target.value)}
                rows={4}
              />
              {savingView.data && !savingView.error && <Alert tone="success">{t('viewSaved')}</Alert>}
              <div>
                <Button type="submit" variant="secondary" loading={savingView.loading}>
                  {t('saveView')}
                </Button>
              </div>
            </Stack>
          </form>
        </PlanOfActionCard>
      )}
      {editingRelapsePlan ? (
        <RelapsePlanEditor
          caseId={caseId}
          plan={relapsePreventionPlan ?? null}
          onSaved={() => {
            setEditingRelapsePlan(false);
            void refetch();
          }}
          onConflict={() => void refetch()}
          onCancel={() => setEditingRelapsePlan(false)}
        />
      ) : !relapsePreventionPlan || !relapse ? (
        <Stack gap="sm">
          <p>{t('noRelapsePlan')}</p>
          <div>
            <Button onClick={() => setEditingRelapsePlan(true)}>{t('writeRelapsePlan')}</Button>
          </div>
        </Stack>
      ) : (
        <RelapsePlanCard plan={relapsePreventionPlan} data-testid="my-relapse-plan">
          <p>{t('relapsePlanTogether')}</p>
          <Cluster>
            {!relapse.agreedByEmployeeAt && (
              <Button
                loading={agreeing.loading}
                onClick={() => run(() => agree({ variables: { input: { caseId, expectedRevision: relapsePreventionPlan.revision } } }))}
              >
                {t('agree')}
              </Button>
            )}
            <Button variant="secondary" onClick={() => setEditingRelapsePlan(true)}>
              {t('editRelapsePlan')}
            </Button>
          </Cluster>
        </RelapsePlanCard>
      )}
    </Page>
  );
}
