import { useQuery } from '@apollo/client/react';
import { RelapsePlanCard } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { EmptyState, ErrorState, formatDate, LineChart, LoadingState, Page, Section, Select, Stack, useLocale, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { messages } from './wellbeing.messages';

const SharedWellbeingQuery = graphql(`
  query SharedWellbeing_CasesQuery {
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
            consents {
              scope
              granteeRole
              granted
            }
            checkInTrend {
              weekStart
              energy
              demands
              resources
            }
            relapsePreventionPlan {
              id
              ...RelapsePlanCard_RelapsePreventionPlan
            }
          }
        }
      }
    }
  }
`);

/**
 * What an employee chose to share with their manager: the weekly check-in trend and the
 * relapse-prevention plan. The server answers null without the consent; the screen says so.
 */
export function SharedWellbeing() {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(SharedWellbeingQuery);
  const [chosenId, setChosenId] = useState('');

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const cases = data.viewer.cases.edges.map((edge) => edge.node);
  if (cases.length === 0) return <EmptyState title={t('noCases')} />;
  const sharing = cases.find((c) => c.checkInTrend !== null || c.relapsePreventionPlan !== null);
  const chosen = cases.find((c) => c.id === chosenId) ?? sharing ?? cases[0];
  const name = chosen.employee.name;
  const trend = chosen.checkInTrend;
  const sharesPlan = (chosen.consents ?? []).some((c) => c.scope === 'RELAPSE_PLAN' && c.granted);

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="manager-wellbeing">
      <Stack gap="lg">
        <Select
          label={t('caseField')}
          value={chosen.id}
          onChange={(event) => setChosenId(event.target.value)}
          options={cases.map((c) => ({ value: c.id, label: c.employee.name }))}
        />
        <Section title={t('trendSection')}>
          {trend === null || trend === undefined ? (
            <p data-testid="trend-not-shared">{t('trendNotShared', { name })}</p>
          ) : trend.length === 0 ? (
            <p>{t('noTrendYet', { name })}</p>
          ) : (
            <LineChart
              title={t('trend', { name })}
              description={t('trendDescription')}
              xLabel={t('week')}
              labels={trend.map((week) => formatDate(week.weekStart, locale))}
              yDomain={[1, 10]}
              series={[
                { id: 'energy', label: t('seriesEnergy'), values: trend.map((week) => week.energy) },
                { id: 'demands', label: t('seriesDemands'), values: trend.map((week) => week.demands) },
                { id: 'resources', label: t('seriesResources'), values: trend.map((week) => week.resources) },
              ]}
              band={{ above: 'demands', below: 'resources', label: t('band') }}
            />
          )}
        </Section>
        <Section title={t('relapsePlan')}>
          {chosen.relapsePreventionPlan ? (
            <RelapsePlanCard plan={chosen.relapsePreventionPlan} data-testid="manager-relapse-plan" />
          ) : (
            <p data-testid="plan-not-shared">{sharesPlan ? t('noPlanYet', { name }) : t('planNotShared', { name })}</p>
          )}
        </Section>
      </Stack>
    </Page>
  );
}
