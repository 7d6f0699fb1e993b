import { useQuery } from '@apollo/client/react';
import { formatDateOf, FunctionalAdviceCard } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import {
  Card,
  EmptyState,
  ErrorState,
  formatDate,
  formatNumber,
  Heading,
  LoadingState,
  Page,
  Sparkline,
  Stack,
  StatusBadge,
  useLocale,
  useT,
} from '@terugkeer/ui';
import { EscalationForm } from './escalation-form';
import { messages } from './alerts.messages';

const CoachAlertsQuery = graphql(`
  query CoachAlerts_CasesQuery {
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
            }
            checkInTrend {
              weekStart
              energy
            }
            buildUp {
              caseId
              stagnationAlerts {
                id
                kind
                weekStart
                planned
                actual
                dip {
                  date
                  demands
                  resources
                }
              }
            }
            escalations {
              id
              reason
              urgency
              status
              raisedAt
              acknowledgementNote
              agreementWay
              employeeAgreedOn
            }
          }
        }
      }
    }
  }
`);

const ESCALATION_TONE = { AWAITING_EMPLOYEE: 'info', DECLINED: 'neutral', OPEN: 'warning', ACKNOWLEDGED: 'success' } as const;

const ALERT_KINDS = ['BELOW_PLAN', 'NO_RISE', 'FALL_BACK', 'FASTER_THAN_ADVICE'] as const;

/** Per case: stagnation alerts with the check-in dip behind them, the energy trend, and escalation. */
export function CoachAlerts() {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(CoachAlertsQuery);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node).filter((c) => c.status !== 'CLOSED' && c.status !== 'RECOVERED');
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  // Cases with alerts first, so what needs attention is on top.
  const ordered = [...cases].sort((a, b) => (b.buildUp?.stagnationAlerts.length ?? 0) - (a.buildUp?.stagnationAlerts.length ?? 0));
  const hours = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="coach-alerts">
      <Stack gap="lg">
        {ordered.map((c) => {
          const alerts = c.buildUp?.stagnationAlerts ?? [];
          return (
            <Card key={c.id} title={t('alertsOf', { name: c.employee.name })} data-testid={`alerts-${c.employee.name}`}>
              <Stack gap="md">
                {alerts.length === 0 ? (
                  <p>{t('noAlerts')}</p>
                ) : (
                  <ul>
                    {alerts.map((alert) => (
                      <li key={alert.id}>
                        <StatusBadge tone="warning">
                          {ALERT_KINDS.includes(alert.kind as (typeof ALERT_KINDS)[number]) ? t(alert.kind as (typeof ALERT_KINDS)[number]) : alert.kind}
                        </StatusBadge>{' '}
                        {t('alertLine', {
                          week: formatDate(alert.weekStart, locale),
                          actual: alert.actual === null || alert.actual === undefined ? t('notEntered') : hours(alert.actual),
                          planned: hours(alert.planned),
                        })}
                        {alert.dip && (
                          <>
                            {' '}
                            {t('dip', { date: formatDate(alert.dip.date, locale), demands: hours(alert.dip.demands), resources: hours(alert.dip.resources) })}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                <FunctionalAdviceCard profile={c.capabilityProfile} />
                {c.checkInTrend && c.checkInTrend.length > 1 && (
                  <p className="coach-energy-trend">
                    <span>
                      {t('energyCaption', {
                        weeks: c.checkInTrend.length,
                        first: hours(c.checkInTrend[0].energy),
                        last: hours(c.checkInTrend[c.checkInTrend.length - 1].energy),
                      })}
                    </span>{' '}
                    <Sparkline label={t('energyTrend', { name: c.employee.name })} values={c.checkInTrend.map((week) => week.energy)} domain={[1, 10]} />
                  </p>
                )}
                <Heading>{t('escalations')}</Heading>
                {(c.escalations ?? []).length === 0 ? (
                  <p>{t('noEscalations')}</p>
                ) : (
                  <ul>
                    {(c.escalations ?? []).map((escalation) => (
                      <li key={escalation.id}>
                        <StatusBadge tone={ESCALATION_TONE[escalation.status]}>{t(escalation.status)}</StatusBadge>{' '}
                        {t('raised', { date: formatDateOf(escalation.raisedAt, locale), urgency: t(escalation.urgency) })}: {escalation.reason}
                        {escalation.agreementWay && escalation.employeeAgreedOn && (
                          <p>{t('agreedWay', { way: t(`way${escalation.agreementWay}`), date: formatDate(escalation.employeeAgreedOn, locale) })}</p>
                        )}
                        {escalation.acknowledgementNote && <p>{t('doctorNote', { note: escalation.acknowledgementNote })}</p>}
                      </li>
                    ))}
                  </ul>
                )}
                <details>
                  <summary>{t('escalate')}</summary>
                  <EscalationForm caseId={c.id} employeeName={c.employee.name} onSent={() => void refetch()} />
                </details>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Page>
  );
}
