import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, Button, Card, DataTable, EmptyState, ErrorState, formatDate, LoadingState, Section, Select, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { MILESTONE_TONE, milestoneKindMessages, milestoneStatusMessages } from './milestone-labels';
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
            employee {
              id
              name
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
                  tasksToStartWith
                }
                employeeView
                signatures {
                  role
                  name
                  signedAt
                }
              }
            }
          }
        }
      }
    }
  }
`);

const SignMutation = graphql(`
  mutation CasePlan_SignActionPlanMutation($input: SignActionPlanInput!) {
    signActionPlan(input: $input) {
      id
      version
    }
  }
`);

/** A case's plan of action to read and sign, beside the legal deadlines the manager must keep. */
export function CasePlan() {
  const t = useT(messages);
  const kind = useT(milestoneKindMessages);
  const statusLabel = useT(milestoneStatusMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CasePlanQuery);
  const [sign, signing] = useMutation(SignMutation);
  const [chosen, setChosen] = useState('');

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node).filter((c) => c.viewerRelationships.includes('MANAGER') || c.viewerRelationships.includes('CASE_MANAGER'));
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const current = cases.find((c) => c.id === chosen) ?? cases[0];
  const plan = current.actionPlan;
  const latest = plan?.latest;
  const mayManagerSign = current.viewerRelationships.includes('MANAGER') && latest && !latest.signatures.some((s) => s.role === 'MANAGER');
  const conflict = signing.error?.message.includes('changed by someone else');
  const upcoming = current.milestones.filter((m) => m.status !== 'NOT_APPLICABLE').slice(0, 6);

  return (
    <Section title={t('title')} description={t('intro')} id="manager-case-plan">
      <Stack gap="md">
        <Select label={t('caseField')} value={current.id} onChange={(event) => setChosen(event.target.value)} options={cases.map((c) => ({ value: c.id, label: c.employee.name }))} />
        <DataTable
          caption={t('milestones')}
          rowKey={(row) => row.key}
          rows={upcoming}
          columns={[
            { key: 'what', header: t('milestone'), cell: (row) => kind(row.kind as keyof typeof milestoneKindMessages), rowHeader: true },
            { key: 'due', header: t('due'), cell: (row) => (row.warnOn ? `${formatDate(row.dueDate, locale)} — ${t('warnOn', { date: formatDate(row.warnOn, locale) })}` : formatDate(row.dueDate, locale)) },
            { key: 'status', header: t('status'), cell: (row) => <StatusBadge tone={MILESTONE_TONE[row.status as keyof typeof MILESTONE_TONE]}>{statusLabel(row.status as keyof typeof milestoneStatusMessages)}</StatusBadge> },
          ]}
        />
        {!plan || !latest ? (
          <EmptyState title={t('noPlan')} />
        ) : (
          <Card title={t('version', { number: latest.number })} data-testid="action-plan">
            <StatusBadge tone={latest.status === 'SIGNED' ? 'success' : 'warning'}>{t(latest.status)}</StatusBadge>
            <h4>{t('goals')}</h4>
            <ul>
              {latest.goals.map((goal) => (
                <li key={goal.description}>
                  {goal.description} ({t('deadline', { date: formatDate(goal.deadline, locale) })})
                </li>
              ))}
            </ul>
            <h4>{t('activities')}</h4>
            <ul>
              {latest.activities.map((activity) => (
                <li key={activity.description}>
                  {activity.description} ({t('deadline', { date: formatDate(activity.deadline, locale) })})
                </li>
              ))}
            </ul>
            <DataTable
              caption={t('hours')}
              rowKey={(row) => row.weekStart}
              rows={latest.hourAgreements}
              columns={[
                { key: 'from', header: t('from'), cell: (row) => formatDate(row.weekStart, locale), rowHeader: true },
                { key: 'hours', header: t('perWeek'), cell: (row) => row.hoursPerWeek },
                { key: 'home', header: t('home'), cell: (row) => row.homeHours },
                { key: 'location', header: t('location'), cell: (row) => row.locationHours },
                { key: 'tasks', header: t('tasks'), cell: (row) => row.tasksToStartWith.join(', ') },
              ]}
            />
            {latest.employeeView && (
              <>
                <h4>{t('employeeView')}</h4>
                <p>{latest.employeeView}</p>
              </>
            )}
            <h4>{t('signatures')}</h4>
            {latest.signatures.length === 0 ? (
              <p>{t('notSigned')}</p>
            ) : (
              <ul>
                {latest.signatures.map((signature) => (
                  <li key={signature.role}>
                    {t(signature.role)}: {signature.name}, {formatDate(String(signature.signedAt).slice(0, 10), locale)}
                  </li>
                ))}
              </ul>
            )}
            {conflict && <Alert tone="warning">{t('conflict')}</Alert>}
            {signing.error && !conflict && <Alert tone="error">{signing.error.message}</Alert>}
            {signing.data && !signing.error && <Alert tone="success">{t('signedOk')}</Alert>}
            {mayManagerSign && (
              <Button
                loading={signing.loading}
                onClick={() =>
                  void sign({ variables: { input: { caseId: current.id, versionNumber: latest.number, expectedVersion: plan.version } } })
                    .catch(() => undefined)
                    .then(() => refetch())
                }
              >
                {t('sign', { number: latest.number })}
              </Button>
            )}
          </Card>
        )}
      </Stack>
    </Section>
  );
}
