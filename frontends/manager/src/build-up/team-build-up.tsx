import { useQuery } from '@apollo/client/react';
import { planVersionMarkers } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { Alert, BarChart, EmptyState, ErrorState, formatDate, formatNumber, LoadingState, Page, Section, Select, Stack, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { messages } from './build-up.messages';

const TeamBuildUpQuery = graphql(`
  query TeamBuildUp_CasesQuery {
    viewer {
      id
      cases(first: 100) {
        edges {
          node {
            id
            employee {
              id
              name
            }
            buildUp {
              version
              weeks {
                weekStart
                planned
                actual
                planVersion
              }
              hoursSignal {
                status
                lastEnteredWeek
                weeksBehind
                hoursBehind
              }
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
          }
        }
      }
    }
  }
`);

type AlertKind = 'BELOW_PLAN' | 'NO_RISE' | 'FALL_BACK' | 'FASTER_THAN_ADVICE';
const isAlertKind = (kind: string): kind is AlertKind => ['BELOW_PLAN', 'NO_RISE', 'FALL_BACK', 'FASTER_THAN_ADVICE'].includes(kind);

type HoursSignal = { status: 'NO_HOURS_YET' | 'ON_PLAN' | 'BEHIND_PLAN'; lastEnteredWeek?: string | null; weeksBehind: number; hoursBehind: number };

/** Hours against the plan in words: behind, on plan up to the last entered week, or no verdict before hours are entered. */
function HoursSignalLine({ signal }: { signal: HoursSignal }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const week = signal.lastEnteredWeek ? formatDate(signal.lastEnteredWeek, locale) : '';
  if (signal.status === 'BEHIND_PLAN') {
    return (
      <Alert tone="warning" data-testid="hours-signal">
        {signal.weeksBehind === 1
          ? t('behindPlanOneWeek', { hours: formatNumber(signal.hoursBehind, locale, { maximumFractionDigits: 1 }), week })
          : t('behindPlan', { count: signal.weeksBehind, hours: formatNumber(signal.hoursBehind, locale, { maximumFractionDigits: 1 }), week })}
      </Alert>
    );
  }
  return <p data-testid="hours-signal">{signal.status === 'ON_PLAN' ? t('onPlan', { week }) : t('noHoursYet')}</p>;
}

/** Planned against worked hours per employee, with stagnation alerts and a check-in dip beside them. */
export function TeamBuildUp({ caseId }: { caseId?: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(TeamBuildUpQuery);
  const [chosenId, setChosenId] = useState('');

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node);
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const withBuildUp = cases.find((c) => (c.buildUp?.stagnationAlerts.length ?? 0) > 0) ?? cases.find((c) => (c.buildUp?.weeks.length ?? 0) > 0);
  const chosen = cases.find((c) => c.id === (caseId ?? chosenId)) ?? withBuildUp ?? cases[0];
  const buildUp = chosen.buildUp;
  const hours = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 1 });

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="manager-build-up">
      {!caseId && (
        <Select
          label={t('caseField')}
          value={chosen.id}
          onChange={(event) => setChosenId(event.target.value)}
          options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
        />
      )}
      {!buildUp || buildUp.weeks.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <Stack gap="lg">
          <BarChart
            title={t('chart', { name: chosen.employee.name })}
            description={t('chartDescription')}
            xLabel={t('week')}
            categories={buildUp.weeks.map((w) => formatDate(w.weekStart, locale))}
            series={[
              { id: 'planned', label: t('planned'), values: buildUp.weeks.map((w) => w.planned) },
              { id: 'actual', label: t('actual'), values: buildUp.weeks.map((w) => w.actual ?? 0) },
            ]}
            markers={planVersionMarkers(buildUp.weeks, (version) => t('planVersionFrom', { version }))}
          />
          <Section title={t('alerts')}>
            <HoursSignalLine signal={buildUp.hoursSignal} />
            {buildUp.stagnationAlerts.length > 0 &&
              buildUp.stagnationAlerts.map((alert) => (
                <Alert key={alert.id} tone="warning">
                  {t('alertLine', {
                    week: formatDate(alert.weekStart, locale),
                    kind: isAlertKind(alert.kind) ? t(alert.kind) : alert.kind,
                    actual: alert.actual === null || alert.actual === undefined ? '—' : hours(alert.actual),
                    planned: hours(alert.planned),
                  })}
                  {alert.dip && <> {t('dip', { demands: hours(alert.dip.demands), resources: hours(alert.dip.resources) })}</>}
                </Alert>
              ))}
          </Section>
        </Stack>
      )}
    </Page>
  );
}
