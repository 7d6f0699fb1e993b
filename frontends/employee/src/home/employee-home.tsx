import { useQuery } from '@apollo/client/react';
import { CalendarFeed, CaseStatusBadge, localToday } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Card, EmptyState, ErrorState, formatDate, LoadingState, Page, useLocale, useT } from '@terugkeer/ui';
import { EscalationRequests } from '../escalation/escalation-requests';
import { ReportsToValidate } from '../sessions/reports-to-validate';
import { EmployeeAppointments } from './employee-appointments';
import { EmployeeTodoList } from './employee-todo-list';
import { employeeTodos, type EmployeeTab } from './employee-todos';
import { messages } from './employee-home.messages';

const EmployeeHomeQuery = graphql(`
  query EmployeeHome_ViewerQuery {
    viewer {
      id
      name
      cases(first: 1) {
        edges {
          node {
            id
            status
            firstSickDay
            progress {
              absenceDays
            }
            actionPlan {
              id
              latest {
                number
                signatures {
                  role
                }
              }
            }
            relapsePreventionPlan {
              id
              latest {
                number
                agreedByEmployeeAt
              }
            }
            sessionReports {
              id
              state
              participants {
                userId
                validated
              }
            }
            checkIns {
              id
              date
            }
            buildUp {
              version
              weeks {
                weekStart
                planned
                actual
              }
            }
            appointments {
              id
              ...EmployeeAppointments_AppointmentFragment
            }
          }
        }
      }
    }
  }
`);

export interface EmployeeHomeProps {
  /** Opens the tab where a to-do is done. */
  onOpen?: (tab: EmployeeTab) => void;
}

/** The employee's case at a glance: phase, what waits for them, and the next appointments. */
export function EmployeeHome({ onOpen }: EmployeeHomeProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(EmployeeHomeQuery, { fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const current = data.viewer.cases.edges[0]?.node;
  const todos = current
    ? employeeTodos({
        viewerId: data.viewer.id,
        today: localToday(),
        actionPlan: current.actionPlan?.latest ?? null,
        relapsePlan: current.relapsePreventionPlan?.latest ?? null,
        sessionReports: current.sessionReports,
        checkInDates: current.checkIns?.map((checkIn) => checkIn.date) ?? null,
        buildUpWeeks: current.buildUp?.weeks ?? [],
      })
    : [];

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="employee-home">
      {!current ? (
        <>
          <ReportsToValidate />
          <EmptyState title={t('noCase')} description={t('noCaseHint')} />
        </>
      ) : (
        <>
          <EscalationRequests caseId={current.id} />
          <Card title={data.viewer.name}>
            <dl className="tk-facts">
              <dt>{t('phase')}</dt>
              <dd>
                <CaseStatusBadge status={current.status} />
              </dd>
              <dt>{t('firstSickDay')}</dt>
              <dd>{formatDate(current.firstSickDay, locale)}</dd>
              {current.progress && (
                <>
                  <dt>{t('absenceDays')}</dt>
                  <dd data-testid="absence-days">{current.progress.absenceDays}</dd>
                </>
              )}
            </dl>
          </Card>
          <EmployeeTodoList todos={todos} onOpen={onOpen} />
          <EmployeeAppointments appointments={current.appointments ?? []} viewerId={data.viewer.id} />
          <CalendarFeed />
        </>
      )}
    </Page>
  );
}
