import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, formatDateOf, PlanOfActionCard, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, ErrorState, LoadingState, Page, Stack, TextArea, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { useOwnCase } from '../workspace/own-case';
import { messages } from './plan.messages';

const MyPlansQuery = graphql(`
  query MyPlans_CaseQuery($id: ID!) {
    case(id: $id) {
      id
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
          normalisationStatement
          agreedByEmployeeAt
          signals {
            id
            description
            actions
          }
        }
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
  const { locale } = useLocale();
  const own = useOwnCase();
  const { data, loading, error, refetch } = useQuery(MyPlansQuery, { variables: { id: own.caseId ?? '' }, skip: !own.caseId });
  const [setView, savingView] = useMutation(SetViewMutation);
  const [agree, agreeing] = useMutation(AgreeMutation);
  const [view, setViewText] = useState<string | null>(null);

  if (own.loading || (loading && !data)) return <LoadingState label={t('loading')} />;
  if (own.error || error || !data?.case) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const { id: caseId, actionPlan, relapsePreventionPlan } = data.case;
  const latest = actionPlan?.latest;
  const relapse = relapsePreventionPlan?.latest;
  const run = (action: () => Promise<unknown>) => void resultOrNull(action()).then(() => refetch());
  const failure = savingView.error ?? agreeing.error;

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="employee-plans">
      <ErrorAlert error={failure} conflict={t('conflict')} />
      {!actionPlan || !latest ? (
        <p>{t('noActionPlan')}</p>
      ) : (
        <PlanOfActionCard
          caseId={caseId}
          plan={actionPlan}
          title={(number) => t('actionPlan', { number })}
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
      {!relapsePreventionPlan || !relapse ? (
        <p>{t('noRelapsePlan')}</p>
      ) : (
        <Card title={t('relapsePlan', { number: relapse.number })} data-testid="my-relapse-plan">
          <p>{relapse.normalisationStatement}</p>
          <dl>
            {relapse.signals.map((signal) => (
              <div key={signal.id}>
                <dt>
                  {t('signal')}: {signal.description}
                </dt>
                <dd>
                  {t('actions')}: {signal.actions.join('; ')}
                </dd>
              </div>
            ))}
          </dl>
          {relapse.agreedByEmployeeAt ? (
            <p>{t('agreedOn', { date: formatDateOf(relapse.agreedByEmployeeAt, locale) })}</p>
          ) : (
            <div>
              <Button
                loading={agreeing.loading}
                onClick={() => run(() => agree({ variables: { input: { caseId, expectedRevision: relapsePreventionPlan.revision } } }))}
              >
                {t('agree')}
              </Button>
            </div>
          )}
        </Card>
      )}
    </Page>
  );
}
