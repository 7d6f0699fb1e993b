import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, formatDateOf, resultOrNull } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, ErrorState, formatDate, LoadingState, Page, StatusBadge, Stack, TextArea, useLocale, useT } from '@terugkeer/ui';
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
          status
          goals {
            description
            deadline
          }
          activities {
            description
            deadline
          }
          hourAgreements {
            weekStart
            hoursPerWeek
            homeHours
            locationHours
          }
          employeeView
          signatures {
            role
            name
            signedAt
          }
        }
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

const SignMutation = graphql(`
  mutation MyPlans_SignActionPlanMutation($input: SignActionPlanInput!) {
    signActionPlan(input: $input) {
      id
      version
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
  const [sign, signing] = useMutation(SignMutation);
  const [setView, savingView] = useMutation(SetViewMutation);
  const [agree, agreeing] = useMutation(AgreeMutation);
  const [view, setViewText] = useState<string | null>(null);

  if (own.loading || (loading && !data)) return <LoadingState label={t('loading')} />;
  if (own.error || error || !data?.case) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const { id: caseId, actionPlan, relapsePreventionPlan } = data.case;
  const latest = actionPlan?.latest;
  const relapse = relapsePreventionPlan?.latest;
  const run = (action: () => Promise<unknown>) => void resultOrNull(action()).then(() => refetch());
  const failure = signing.error ?? savingView.error ?? agreeing.error;

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="employee-plans">
      <ErrorAlert error={failure} conflict={t('conflict')} />
      {!actionPlan || !latest ? (
        <p>{t('noActionPlan')}</p>
      ) : (
        <Card title={t('actionPlan', { number: latest.number })} data-testid="my-action-plan">
          <StatusBadge tone={latest.status === 'SIGNED' ? 'success' : 'warning'}>{t(latest.status)}</StatusBadge>
          <h4>{t('goals')}</h4>
          <ul>
            {latest.goals.map((goal) => (
              <li key={goal.description}>{goal.description}</li>
            ))}
          </ul>
          <h4>{t('activities')}</h4>
          <ul>
            {latest.activities.map((activity) => (
              <li key={activity.description}>{activity.description}</li>
            ))}
          </ul>
          <h4>{t('hours')}</h4>
          <ul>
            {latest.hourAgreements.map((a) => (
              <li key={a.weekStart}>
                {t('hourLine', { date: formatDate(a.weekStart, locale), hours: a.hoursPerWeek, home: a.homeHours, location: a.locationHours })}
              </li>
            ))}
          </ul>
          <h4>{t('signatures')}</h4>
          {latest.signatures.length === 0 ? (
            <p>{t('notSigned')}</p>
          ) : (
            <ul>
              {latest.signatures.map((s) => (
                <li key={s.role}>
                  {t(s.role)}: {s.name}, {formatDateOf(String(s.signedAt), locale)}
                </li>
              ))}
            </ul>
          )}
          {signing.data && !signing.error && <Alert tone="success">{t('signed')}</Alert>}
          {!latest.signatures.some((s) => s.role === 'EMPLOYEE') && (
            <div>
              <Button
                loading={signing.loading}
                onClick={() => run(() => sign({ variables: { input: { caseId, versionNumber: latest.number, expectedVersion: actionPlan.version } } }))}
              >
                {t('sign', { number: latest.number })}
              </Button>
            </div>
          )}
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
        </Card>
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
            <p>{t('agreedOn', { date: formatDateOf(String(relapse.agreedByEmployeeAt), locale) })}</p>
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
