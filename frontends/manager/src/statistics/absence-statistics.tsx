import { useQuery } from '@apollo/client/react';
import { localToday } from '@terugkeer/frontend-kit';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import {
  Alert,
  BarChart,
  EmptyState,
  ErrorState,
  formatDate,
  formatNumber,
  KeyFigures,
  LineChart,
  LoadingState,
  Page,
  Select,
  Stack,
  useLocale,
  useT,
  type Locale,
} from '@terugkeer/ui';
import { useState } from 'react';
import { useViewerScope } from '../workspace/viewer-scope';
import { PERIOD_KEYS, periodFor, type PeriodKey } from './periods';
import { messages } from './statistics.messages';

const AbsenceStatisticsQuery = graphql(`
  query AbsenceStatistics_StatisticsQuery($organizationId: ID!, $from: Date!, $to: Date!) {
    absenceStatistics(organizationId: $organizationId, from: $from, to: $to) {
      suppressed
      absencePercentage
      notificationFrequency
      averageDurationDays
      zeroAbsencePercentage
      durationClasses {
        durationClass
        reports
      }
      byMonth {
        month
        figures {
          suppressed
          absencePercentage
        }
      }
      byDepartment {
        departmentId
        departmentName
        figures {
          suppressed
          absencePercentage
        }
      }
    }
  }
`);

/** NVS absence figures of the manager's team, or of the whole organization for a case manager. */
export function AbsenceStatistics() {
  const t = useT(messages);
  const { locale } = useLocale();
  const scope = useViewerScope();
  const [periodKey, setPeriodKey] = useState<PeriodKey>('YEAR_TO_DATE');
  const period = periodFor(periodKey, localToday());
  const organizationId = scope.organization?.id ?? '';
  const { data, loading, error, refetch } = useQuery(AbsenceStatisticsQuery, {
    variables: { organizationId, ...period },
    skip: !organizationId,
  });

  if (scope.loading) return <LoadingState label={t('loading')} />;
  if (!scope.organization) return <EmptyState title={t('noScope')} />;
  const title = scope.isCaseManager ? t('organizationTitle', { organization: scope.organization.name }) : t('teamTitle');

  return (
    <Page title={title} description={t('intro')} as="div" id="manager-statistics">
      <Select
        label={t('period')}
        value={periodKey}
        onChange={(event) => setPeriodKey(event.target.value as PeriodKey)}
        options={PERIOD_KEYS.map((key) => ({ value: key, label: t(key) }))}
        hint={`${formatDate(period.from, locale)} – ${formatDate(period.to, locale)}`}
      />
      {loading ? (
        <LoadingState label={t('loading')} />
      ) : error || !data ? (
        <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />
      ) : (
        <StatisticsBody statistics={data.absenceStatistics} locale={locale} />
      )}
    </Page>
  );
}

type Statistics = ResultOf<typeof AbsenceStatisticsQuery>['absenceStatistics'];

function StatisticsBody({ statistics, locale }: { statistics: Statistics; locale: Locale }) {
  const t = useT(messages);
  if (statistics.suppressed) return <Alert tone="info">{t('suppressed')}</Alert>;

  const number = (value: number | null | undefined, digits = 1) =>
    value === null || value === undefined ? t('notApplicable') : formatNumber(value, locale, { maximumFractionDigits: digits });
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? t('notApplicable') : `${number(value)}%`);
  const months = statistics.byMonth;
  const shownDepartments = statistics.byDepartment.filter((d) => !d.figures.suppressed);
  const hiddenDepartments = statistics.byDepartment.filter((d) => d.figures.suppressed);
  const departmentName = (name: string | null | undefined) => name ?? t('noDepartment');

  return (
    <Stack gap="lg">
      <KeyFigures
        figures={[
          { id: 'absence-percentage', label: t('absencePercentage'), value: percent(statistics.absencePercentage), hint: t('absencePercentageHint') },
          {
            id: 'notification-frequency',
            label: t('notificationFrequency'),
            value: number(statistics.notificationFrequency, 2),
            hint: t('notificationFrequencyHint'),
          },
          {
            id: 'average-duration',
            label: t('averageDuration'),
            value:
              statistics.averageDurationDays === null || statistics.averageDurationDays === undefined
                ? t('notApplicable')
                : t('days', { days: number(statistics.averageDurationDays) }),
            hint: t('averageDurationHint'),
          },
          { id: 'zero-absence', label: t('zeroAbsence'), value: percent(statistics.zeroAbsencePercentage), hint: t('zeroAbsenceHint') },
        ]}
      />
      {months.length > 1 && (
        <LineChart
          title={t('byMonth')}
          description={t('byMonthDescription')}
          xLabel={t('month')}
          labels={months.map((m) => formatDate(`${m.month}-01`, locale, { month: 'short', year: 'numeric' }))}
          series={[
            { id: 'absence', label: t('absencePercentage'), values: months.map((m) => (m.figures.suppressed ? null : (m.figures.absencePercentage ?? null))) },
          ]}
          formatValue={(value) => `${formatNumber(value, locale, { maximumFractionDigits: 1 })}%`}
        />
      )}
      {shownDepartments.length > 0 && (
        <BarChart
          title={t('byDepartment')}
          description={t('byDepartmentDescription')}
          xLabel={t('department')}
          categories={shownDepartments.map((d) => departmentName(d.departmentName))}
          series={[{ id: 'absence', label: t('absencePercentage'), values: shownDepartments.map((d) => d.figures.absencePercentage ?? 0) }]}
          formatValue={(value) => `${formatNumber(value, locale, { maximumFractionDigits: 1 })}%`}
        />
      )}
      {hiddenDepartments.length > 0 && (
        <p data-testid="suppressed-departments">
          {t('suppressedDepartments', { names: hiddenDepartments.map((d) => departmentName(d.departmentName)).join(', ') })}
        </p>
      )}
      {statistics.durationClasses && statistics.durationClasses.some((c) => c.reports > 0) && (
        <BarChart
          title={t('durationClasses')}
          description={t('durationClassesDescription')}
          xLabel={t('durationClass')}
          categories={statistics.durationClasses.map((c) => c.durationClass)}
          series={[{ id: 'reports', label: t('reports'), values: statistics.durationClasses.map((c) => c.reports) }]}
          wholeNumbers
        />
      )}
    </Stack>
  );
}
