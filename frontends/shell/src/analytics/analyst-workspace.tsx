import { useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';
import { DataTable, EmptyState, ErrorState, LineChart, LoadingState, Page, Section, Stack, StatusBadge, formatNumber, useLocale, useT } from '@terugkeer/ui';
import { useMemo } from 'react';
import { runtimeConfig } from '../runtime-config';
import { lastTwelveMonths, seriesLines, type SeriesLine } from './analyst-series';
import { analystMessages } from './analyst-workspace.messages';

const AnalystSeriesQuery = graphql(`
  query AnalystWorkspace_SeriesQuery($from: Date!, $to: Date!) {
    analyticsSeries(from: $from, to: $to, granularity: MONTH, byDepartment: true, metrics: [ABSENCE_PERCENTAGE, NEW_REPORTS], first: 1000) {
      rows {
        period
        organization
        departmentId
        department
        metric
        value
        suppressed
      }
    }
  }
`);

/**
 * The screen of someone whose only role is ANALYST: how a BI tool gets in, and the
 * organization's monthly figures through the gateway, small groups marked as hidden.
 */
export function AnalystWorkspace() {
  const t = useT(analystMessages);
  const { locale } = useLocale();
  const range = useMemo(() => lastTwelveMonths(new Date()), []);
  const { data, loading, error, refetch } = useQuery(AnalystSeriesQuery, { variables: range });
  const lines = useMemo(() => seriesLines(data?.analyticsSeries.rows ?? []), [data]);
  const whole = lines.filter((line) => line.department === null);
  const organization = data?.analyticsSeries.rows[0]?.organization ?? '';
  const gateway = runtimeConfig().gatewayUrl;
  const figure = (line: SeriesLine, value: number | null, digits: number) =>
    line.suppressed ? (
      <StatusBadge tone="neutral">{t('suppressed')}</StatusBadge>
    ) : value === null ? (
      '–'
    ) : (
      formatNumber(value, locale, { maximumFractionDigits: digits })
    );

  return (
    <Page as="div" id="analyst-workspace" title={t('title')} description={t('intro')} data-testid="analyst-workspace">
      <Section title={t('accessTitle')}>
        <p>{t('accessClient')}</p>
        <pre className="shell-code">npm run terugkeer -- analytics-client create --organization "{organization || '…'}"</pre>
        <p>{t('accessToken')}</p>
        <pre className="shell-code">curl -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials {gateway}/oauth/token</pre>
        <p>{t('accessDocs')}</p>
      </Section>
      <Section title={t('seriesTitle')}>
        {loading && !data ? (
          <LoadingState label={t('loading')} />
        ) : error && !data ? (
          <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />
        ) : lines.length === 0 ? (
          <EmptyState title={t('empty')} />
        ) : (
          <Stack gap="md">
            <LineChart
              title={t('chartTitle')}
              description={t('chartDescription', { organization })}
              labels={whole.map((line) => line.period)}
              series={[{ id: 'absence', label: t('absencePercentage'), values: whole.map((line) => (line.suppressed ? null : line.absencePercentage)) }]}
              xLabel={t('month')}
            />
            <DataTable
              caption={t('tableCaption')}
              rows={lines}
              rowKey={(line) => line.key}
              columns={[
                { key: 'period', header: t('month'), cell: (line) => line.period, rowHeader: true, sortValue: (line) => line.period },
                { key: 'department', header: t('department'), cell: (line) => line.department ?? t('wholeOrganization') },
                { key: 'absence', header: t('absencePercentage'), cell: (line) => figure(line, line.absencePercentage, 1), align: 'end' },
                { key: 'reports', header: t('newReports'), cell: (line) => figure(line, line.newReports, 0), align: 'end' },
              ]}
            />
            <p>{t('suppressedNote')}</p>
          </Stack>
        )}
      </Section>
    </Page>
  );
}
