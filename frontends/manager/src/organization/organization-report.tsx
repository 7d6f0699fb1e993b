import { useQuery } from '@apollo/client/react';
import { caseStatusMessages, type CaseStatusName } from '@terugkeer/frontend-kit';
import { graphql, type ResultOf } from '@terugkeer/graphql-client';
import {
  Alert,
  BarChart,
  DataTable,
  ErrorState,
  formatDate,
  formatNumber,
  KeyFigures,
  LoadingState,
  Page,
  Section,
  StatusBadge,
  useLocale,
  useT,
  type Locale,
} from '@terugkeer/ui';
import { CostSettings } from './cost-settings';
import { messages } from './organization.messages';
import { inProcessOrder } from './phase-order';

const OrganizationReportQuery = graphql(`
  query OrganizationReport_ReportQuery($organizationId: ID!) {
    organizationReport(organizationId: $organizationId) {
      organizationId
      asOf
      compliance {
        milestonesOnTime
        milestonesLate
        shareOnTime
      }
      casesByPhase {
        phase
        cases
      }
      timeToFullReturn {
        returnedCases
        medianDays
        distribution {
          durationClass
          reports
        }
      }
      relapseWithin28Days {
        recoveries
        relapses
        rate
      }
      relapseWithin6Months {
        recoveries
        relapses
        rate
      }
      cost {
        dailyAbsenceCost
        programmeCost
        programmes
        programmeCostTotal
        absenceDays
        absenceCost
        cases {
          caseId
          firstSickDay
          therapeuticWork
          absenceDays
          absenceCost
        }
      }
    }
    viewer {
      id
      memberships {
        role
        organization {
          id
          fullTimeHours
          dailyAbsenceCost
          programmeCost
        }
      }
      cases(first: 100) {
        edges {
          node {
            id
            employee {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type Report = ResultOf<typeof OrganizationReportQuery>['organizationReport'];

/** The case manager's view of the organization: compliance, phases, returns, relapses, cost. */
export function OrganizationReport({ organizationId }: { organizationId: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(OrganizationReportQuery, { variables: { organizationId } });

  // The report is built from events, so a new daily cost shows up a moment after it is saved.
  const refetchUntilCost = async (daily: number | null) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const { data: next } = await refetch();
      if ((next?.organizationReport.cost.dailyAbsenceCost ?? null) === daily) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const report = data.organizationReport;
  const organization = data.viewer.memberships.find((m) => m.role === 'CASE_MANAGER' && m.organization?.id === organizationId)?.organization;
  const names = new Map(data.viewer.cases.edges.map(({ node }) => [node.id, node.employee.name]));

  return (
    <Page title={t('title')} description={t('intro')} as="div" id="organization-report">
      <HeadlineFigures report={report} locale={locale} />
      <PhaseAndReturnCharts report={report} />
      <CostSection report={report} locale={locale} names={names} />
      {organization && <CostSettings organization={organization} onSaved={(daily) => void refetchUntilCost(daily)} />}
    </Page>
  );
}

function HeadlineFigures({ report, locale }: { report: Report; locale: Locale }) {
  const t = useT(messages);
  const percent = (share: number | null | undefined) =>
    share === null || share === undefined ? t('none') : `${formatNumber(share * 100, locale, { maximumFractionDigits: 0 })}%`;
  const { compliance, timeToFullReturn: returns, relapseWithin28Days: r28, relapseWithin6Months: r6 } = report;
  return (
    <KeyFigures
      figures={[
        {
          id: 'compliance',
          label: t('compliance'),
          value: percent(compliance.shareOnTime),
          hint: t('complianceHint', { onTime: compliance.milestonesOnTime, late: compliance.milestonesLate }),
        },
        {
          id: 'median-return',
          label: t('median'),
          value:
            returns.medianDays === null || returns.medianDays === undefined
              ? t('none')
              : t('days', { days: formatNumber(returns.medianDays, locale, { maximumFractionDigits: 1 }) }),
          hint: t('medianHint', { cases: returns.returnedCases }),
        },
        { id: 'relapse-28', label: t('relapse28'), value: percent(r28.rate), hint: t('relapseHint', { relapses: r28.relapses, recoveries: r28.recoveries }) },
        { id: 'relapse-6m', label: t('relapse6m'), value: percent(r6.rate), hint: t('relapseHint', { relapses: r6.relapses, recoveries: r6.recoveries }) },
      ]}
    />
  );
}

function PhaseAndReturnCharts({ report }: { report: Report }) {
  const t = useT(messages);
  const phase = useT(caseStatusMessages);
  const phaseLabel = (name: string) => (name in caseStatusMessages ? phase(name as CaseStatusName) : name);
  const phases = inProcessOrder(report.casesByPhase);
  return (
    <>
      {phases.length > 0 && (
        <BarChart
          title={t('phases')}
          description={t('phasesDescription')}
          xLabel={t('phase')}
          categories={phases.map((p) => phaseLabel(p.phase))}
          series={[{ id: 'cases', label: t('cases'), values: phases.map((p) => p.cases) }]}
          wholeNumbers
        />
      )}
      {report.timeToFullReturn.returnedCases > 0 && (
        <BarChart
          title={t('returnDistribution')}
          description={t('returnDistributionDescription')}
          xLabel={t('durationClass')}
          categories={report.timeToFullReturn.distribution.map((c) => c.durationClass)}
          series={[{ id: 'cases', label: t('cases'), values: report.timeToFullReturn.distribution.map((c) => c.reports) }]}
          wholeNumbers
        />
      )}
    </>
  );
}

function CostSection({ report, locale, names }: { report: Report; locale: Locale; names: Map<string, string> }) {
  const t = useT(messages);
  const { cost } = report;
  const euro = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? '—' : formatNumber(amount, locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  return (
    <Section title={t('cost')}>
      {cost.absenceCost === null || cost.absenceCost === undefined ? (
        <Alert tone="info">{t('noCostSet')}</Alert>
      ) : (
        <BarChart
          title={t('costPerCaseChart')}
          description={t('costDescription', { cases: cost.cases.length, programmes: cost.programmes })}
          xLabel={t('costItem')}
          categories={[t('absenceCostPerCase', { cases: cost.cases.length }), t('programmeCostPerCase')]}
          series={[
            {
              id: 'amount',
              label: t('amount'),
              values: [cost.cases.length > 0 ? cost.absenceCost / cost.cases.length : 0, cost.programmeCost ?? 0],
            },
          ]}
          formatValue={euro}
        />
      )}
      {cost.cases.length > 0 && (
        <DataTable
          caption={t('costPerCase')}
          rowKey={(row) => row.caseId}
          rows={cost.cases}
          columns={[
            {
              key: 'employee',
              header: t('employee'),
              cell: (row) => names.get(row.caseId) ?? t('unknownEmployee', { id: row.caseId.slice(0, 8) }),
              rowHeader: true,
            },
            {
              key: 'therapeutic',
              header: t('therapeuticWork'),
              cell: (row) => (row.therapeuticWork ? <StatusBadge tone="info">{t('therapeuticWorkYes')}</StatusBadge> : t('therapeuticWorkNo')),
            },
            { key: 'first', header: t('firstSickDay'), cell: (row) => formatDate(row.firstSickDay, locale), sortValue: (row) => row.firstSickDay },
            {
              key: 'days',
              header: t('absenceDays'),
              cell: (row) => formatNumber(row.absenceDays, locale, { maximumFractionDigits: 1 }),
              align: 'end',
              sortValue: (row) => row.absenceDays,
            },
            { key: 'cost', header: t('amount'), cell: (row) => euro(row.absenceCost), align: 'end', sortValue: (row) => row.absenceCost ?? 0 },
          ]}
        />
      )}
    </Section>
  );
}
