import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, FunctionalAdviceCard, planVersionMarkers } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import {
  Alert,
  BarChart,
  Button,
  EmptyState,
  ErrorState,
  formatDate,
  formatNumber,
  LoadingState,
  NumberField,
  Page,
  Section,
  Select,
  Stack,
  useLocale,
  useT,
} from '@terugkeer/ui';
import { useState, type FormEvent } from 'react';
import { useOwnCase } from '../workspace/own-case';
import { messages } from './hours.messages';
import { localDay, weekToEnter } from './hours-week';

const BuildUpHoursQuery = graphql(`
  query BuildUpHours_CaseQuery($id: ID!) {
    case(id: $id) {
      id
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
      buildUp {
        version
        weeks {
          weekStart
          planned
          actual
          planVersion
        }
        stagnationAlerts {
          id
          kind
          weekStart
        }
      }
    }
  }
`);

const RecordHoursMutation = graphql(`
  mutation BuildUpHours_RecordActualHoursMutation($input: RecordActualHoursInput!) {
    recordActualHours(input: $input) {
      version
    }
  }
`);

type AlertKind = 'BELOW_PLAN' | 'NO_RISE' | 'FALL_BACK' | 'FASTER_THAN_ADVICE';

export function BuildUpHours() {
  const t = useT(messages);
  const { locale } = useLocale();
  const own = useOwnCase();
  const { data, loading, error, refetch } = useQuery(BuildUpHoursQuery, { variables: { id: own.caseId ?? '' }, skip: !own.caseId });
  const [recordHours, saving] = useMutation(RecordHoursMutation);
  const [week, setWeek] = useState('');
  // What the person typed per week; a week they did not touch shows what is entered already.
  const [typed, setTyped] = useState<Readonly<Record<string, number | null>>>({});

  if (own.loading || loading) return <LoadingState label={t('loading')} />;
  if (own.error || error) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const buildUp = data?.case?.buildUp;
  if (!data?.case || !buildUp || buildUp.weeks.length === 0) return <EmptyState title={t('none')} />;
  const caseId = data.case.id;
  const weeks = buildUp.weeks;
  const chosenWeek = week || weekToEnter(weeks, localDay(new Date())) || weeks[0].weekStart;
  const entered = weeks.find((w) => w.weekStart === chosenWeek)?.actual ?? null;
  const hours = chosenWeek in typed ? (typed[chosenWeek] ?? null) : entered;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (hours === null) return;
    await recordHours({ variables: { input: { caseId, weekStart: chosenWeek, hours } } });
    await refetch();
    setTyped(({ [chosenWeek]: _saved, ...others }) => others);
  };

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="employee-hours">
      <BarChart
        title={t('chart')}
        description={t('chartDescription')}
        xLabel={t('week')}
        categories={weeks.map((w) => formatDate(w.weekStart, locale))}
        series={[
          { id: 'planned', label: t('planned'), values: weeks.map((w) => w.planned) },
          { id: 'actual', label: t('actual'), values: weeks.map((w) => w.actual ?? 0) },
        ]}
        markers={planVersionMarkers(weeks, (version) => t('planVersionFrom', { version }))}
      />
      <FunctionalAdviceCard profile={data.case.capabilityProfile} />
      {buildUp.stagnationAlerts.length > 0 && (
        <Section title={t('alerts')}>
          {buildUp.stagnationAlerts.map((alert) => (
            <Alert key={alert.id} tone="warning">
              {formatDate(alert.weekStart, locale)}: {t(alert.kind as AlertKind)}
            </Alert>
          ))}
        </Section>
      )}
      <Section title={t('enter')}>
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="md">
            <Select
              label={t('weekField')}
              value={chosenWeek}
              onChange={(event) => setWeek(event.target.value)}
              options={weeks.map((w) => ({ value: w.weekStart, label: formatDate(w.weekStart, locale) }))}
            />
            <p className="tk-muted" aria-live="polite" data-testid="hours-entered">
              {entered === null ? t('nothingEntered') : t('alreadyEntered', { hours: formatNumber(entered, locale, { maximumFractionDigits: 1 }) })}
            </p>
            <NumberField
              label={t('hoursField')}
              value={hours ?? ''}
              min={0}
              max={60}
              step={0.5}
              onChange={(event) => setTyped({ ...typed, [chosenWeek]: event.target.value === '' ? null : Number(event.target.value) })}
              required
            />
            <Button type="submit" loading={saving.loading} disabled={hours === null}>
              {t('save')}
            </Button>
          </Stack>
        </form>
        {saving.data && !saving.error && <Alert tone="success">{t('saved')}</Alert>}
        <ErrorAlert error={saving.error} />
      </Section>
    </Page>
  );
}
