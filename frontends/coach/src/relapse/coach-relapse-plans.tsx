import { useQuery } from '@apollo/client/react';
import { formatDateOf, formatDateTime, RelapsePlanCard, RelapsePlanEditor } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Button, Card, EmptyState, ErrorState, formatDate, LoadingState, Page, Section, Select, Stack, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { useChosenCase, type CaseRequest } from '../caseload/case-request';
import { PlanExtraTalkForm } from './plan-extra-talk-form';
import { messages } from './relapse.messages';

const CoachRelapsePlansQuery = graphql(`
  query CoachRelapsePlans_CasesQuery {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            status
            employee {
              id
              name
            }
            relapsePreventionPlan {
              id
              ...RelapsePlanCard_RelapsePreventionPlan
            }
            checkIns {
              id
              date
              need
            }
            talkRequests {
              id
              state
              requestedAt
              appointment {
                id
                startsAt
              }
            }
          }
        }
      }
    }
  }
`);

const FINISHED = new Set(['RECOVERED', 'CLOSED']);

/** Per case: the requests for an extra talk to plan, and the relapse-prevention plan to write with the employee. */
export function CoachRelapsePlans({ request }: { request?: CaseRequest | null }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CoachRelapsePlansQuery);
  const [chosen, setChosen] = useChosenCase(request);
  const [editing, setEditing] = useState(false);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map(({ node }) => node).filter((c) => !FINISHED.has(c.status));
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  // Without a choice, the case where someone waits for a talk comes first.
  const current = cases.find((c) => c.id === chosen) ?? cases.find((c) => (c.talkRequests ?? []).some((r) => r.state === 'REQUESTED')) ?? cases[0];
  const requests = current.talkRequests ?? [];
  const latestNeed = [...(current.checkIns ?? [])].reverse().find((checkIn) => checkIn.need);

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="coach-relapse">
      <Stack gap="lg">
        <Select
          label={t('case')}
          value={current.id}
          onChange={(event) => {
            setChosen(event.target.value);
            setEditing(false);
          }}
          options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
        />
        <Section title={t('requests')}>
          {requests.length === 0 ? (
            <p>{t('noRequests')}</p>
          ) : (
            <Stack gap="md">
              {latestNeed && (
                <Card title={t('latestNeed', { name: current.employee.name, date: formatDate(latestNeed.date, locale) })}>
                  <p>{latestNeed.need}</p>
                </Card>
              )}
              {requests.map((r) => (
                <Card key={r.id} title={t('requestedOn', { date: formatDateOf(r.requestedAt, locale) })} data-testid="talk-request">
                  <StatusBadge tone={r.state === 'PLANNED' ? 'success' : 'warning'}>{t(r.state)}</StatusBadge>
                  {r.state === 'PLANNED' && r.appointment ? (
                    <p>{t('plannedOn', { when: formatDateTime(r.appointment.startsAt, locale) })}</p>
                  ) : (
                    <PlanExtraTalkForm requestId={r.id} onPlanned={() => void refetch()} />
                  )}
                </Card>
              ))}
            </Stack>
          )}
        </Section>
        <Section title={t('relapsePlan')}>
          {editing ? (
            <RelapsePlanEditor
              key={current.id}
              caseId={current.id}
              plan={current.relapsePreventionPlan ?? null}
              onSaved={() => {
                setEditing(false);
                void refetch();
              }}
              onConflict={() => void refetch()}
              onCancel={() => setEditing(false)}
            />
          ) : current.relapsePreventionPlan ? (
            <RelapsePlanCard plan={current.relapsePreventionPlan} data-testid="coach-relapse-plan">
              <div>
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('edit')}
                </Button>
              </div>
            </RelapsePlanCard>
          ) : (
            <Stack gap="sm">
              <p>{t('noPlan')}</p>
              <div>
                <Button onClick={() => setEditing(true)}>{t('write')}</Button>
              </div>
            </Stack>
          )}
        </Section>
      </Stack>
    </Page>
  );
}
