import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { childEnvironment } from '../config.js';
import { servicesDir } from '../paths.js';
import { runCaseTool } from './case-tool.js';
import type { Benchmark, BenchPlatform } from './harness.js';
import { graphqlPost, timeRounds, type Timing } from './measure.js';
import { ratio } from './stats.js';

const SIZES = [10_000, 50_000, 100_000];
const YEARS = 2;

const statisticsQuery = `query ($organizationId: ID!, $from: Date!, $to: Date!) {
  absenceStatistics(organizationId: $organizationId, from: $from, to: $to) {
    absencePercentage notificationFrequency averageDurationDays
    byDepartment { departmentId figures { absencePercentage } } byMonth { month figures { absencePercentage } } } }`;
const seriesQuery = `query ($organizationId: ID!, $from: Date!, $to: Date!, $after: String) {
  analyticsSeries(organizationId: $organizationId, from: $from, to: $to, granularity: MONTH, byDepartment: true, first: 1000, after: $after) {
    totalRows pageInfo { hasNextPage endCursor } rows { period departmentId metric value } } }`;

interface Organization {
  employees: number;
  generatedMs: number;
  organizationId: string;
  caseManagerEmail: string;
  analystEmail: string;
}

/**
 * `absenceStatistics` (the case manager's) and the analysts' 24-month × department series
 * over organizations of 10 000, 50 000 and 100 000 employees with two years of history,
 * against the floor: one sequential scan of all absence data of the read model.
 */
export const statistics: Benchmark = {
  name: 'statistics',
  title: 'Absence statistics and the analysts’ series over 10 000 to 100 000 employees',
  async run({ startPlatform, log, rounds, scale }) {
    const platform = await startPlatform();
    const organizations: Organization[] = [];
    const sizes = SIZES.map((size) => Math.round(size * scale));
    for (const employees of sizes) {
      log(`generating ${employees} employees over ${YEARS} years through the import …`);
      const caseManagerEmail = `statistics-${employees}@benchmark.test`;
      const generating = performance.now();
      const run = await runCaseTool(platform, 'generate-cli', [
        ...['--employees', String(employees), '--years', String(YEARS), '--seed', String(employees)],
        ...['--organization', `Statistics ${employees}`, '--case-manager-email', caseManagerEmail],
      ]);
      if (run.exitCode !== 0) throw new Error(`Generating failed: ${JSON.stringify(run.result)}`);
      organizations.push({
        employees,
        generatedMs: performance.now() - generating,
        organizationId: run.result.organizationId,
        caseManagerEmail,
        analystEmail: await addAnalyst(platform, run.result.organizationId),
      });
    }
    log('handing the events to the reporting read model (inbox and rebuild) …');
    const delivered = await deliverToReporting(platform);
    log(`read model rebuilt from ${delivered.events} events in ${(delivered.ms / 1000).toFixed(0)} s`);

    const to = new Date().toISOString().slice(0, 10);
    const from = `${Number(to.slice(0, 4)) - YEARS}${to.slice(4, 8)}01`;
    const floor = await timeRounds('floor', () => sequentialScan(platform.databaseUrl), rounds);
    const rows: (string | number)[][] = [];
    const figures: Record<string, unknown> = {
      floorMs: floor,
      delivered,
      generatedMs: Object.fromEntries(organizations.map((o) => [o.employees, o.generatedMs])),
    };
    const slow = Math.max(3, Math.ceil(rounds / 5));
    for (const organization of organizations) {
      const caseManager = await platform.token(organization.caseManagerEmail);
      const analyst = await platform.token(organization.analystEmail);
      const variables = { organizationId: organization.organizationId, from, to };
      const stats = await unlessFailed(() =>
        timeRounds('absenceStatistics', () => graphqlPost(platform.gatewayUrl, caseManager, statisticsQuery, variables), slow, 1),
      );
      let seriesRows = 0;
      const series = await unlessFailed(() =>
        timeRounds(
          'analyticsSeries',
          async () => {
            let after: string | null = null;
            do {
              const page: { totalRows: number; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
                await graphqlPost(platform.gatewayUrl, analyst, seriesQuery, { ...variables, after })
              ).analyticsSeries;
              seriesRows = page.totalRows;
              after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
            } while (after);
          },
          slow,
          1,
        ),
      );
      const cells = (timing: Timing | string) => (typeof timing === 'string' ? [timing, '—'] : [timing.median.toFixed(0), ratio(timing.median, floor.median)]);
      rows.push([organization.employees, 'absenceStatistics', ...cells(stats)]);
      rows.push([organization.employees, `analyticsSeries, every page${seriesRows ? ` (${seriesRows} rows)` : ''}`, ...cells(series)]);
      figures[`employees${organization.employees}`] = { stats, series, seriesRows };
    }
    const largest = figures[`employees${sizes[sizes.length - 1]}`] as { stats: Timing | string; series: Timing | string };
    const verdict = (timing: Timing | string) =>
      typeof timing === 'string' ? timing : `${ratio(timing.median, floor.median)}, ${(timing.median / 1000).toFixed(1)} s`;
    return {
      tables: [
        {
          title: `The floor: one sequential scan of all absence data in the read model, median of ${rounds}`,
          columns: ['scan', 'median ms'],
          rows: [['sick_reports with their intervals', floor.median.toFixed(1)]],
        },
        { title: `Through the gateway, ${YEARS} years month by month, median of ${slow}`, columns: ['employees', 'query', 'median ms', '× floor'], rows },
      ],
      notes: [
        `Goals at ${sizes[sizes.length - 1]} employees (100 000 at full scale): absenceStatistics ≤ 3× the floor (${verdict(largest.stats)}), the series ≤ 3× the floor and ≤ 1 s (${verdict(largest.series)}).`,
        'The organizations are generated through the import; their events reach the reporting read model through its own rebuild (the inbox replayed in one transaction), so that the figures do not wait on event delivery, which has a benchmark of its own.',
        `Preparing the data, not measured above: generating ${organizations.map((o) => `${o.employees} employees ${(o.generatedMs / 1000).toFixed(0)} s`).join(', ')}; the rebuild (absence days included) ${(delivered.ms / 1000).toFixed(0)} s for ${delivered.events} events.`,
      ],
      figures,
    };
  },
};

/** A query that gets no answer (the gateway gives up on a subgraph after its timeout) is a figure too. */
async function unlessFailed(measure: () => Promise<Timing>): Promise<Timing | string> {
  try {
    return await measure();
  } catch (error) {
    return `no answer: ${error instanceof Error ? error.message.replace(/^Benchmark query failed: /, '') : String(error)}`;
  }
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An analyst of the organization, as a person with the ANALYST role (aggregates only). */
function addAnalyst(platform: BenchPlatform, organizationId: string): Promise<string> {
  const email = `analyst-${organizationId.slice(0, 8)}@benchmark.test`;
  return withClient(platform.databaseUrl, async (client) => {
    const { rows } = await client.query(`INSERT INTO "case".users (id, email, name) VALUES (gen_random_uuid(), $1, 'Benchmark analyst') RETURNING id`, [email]);
    await client.query(`INSERT INTO "case".memberships (id, user_id, role, organization_id) VALUES (gen_random_uuid(), $1, 'ANALYST', $2)`, [
      rows[0].id,
      organizationId,
    ]);
    return email;
  });
}

/** The events the statistics and the series are built from: the directory, the sick reports and the legal timelines. */
const STATISTICS_EVENTS = ['organization.upserted', 'department.upserted', 'employee.upserted', 'absence.report-recorded', 'case.timeline-changed'];

/**
 * The case service's events the statistics need, into the reporting service's inbox as
 * delivery would put them there, and the read model rebuilt from it by the reporting
 * service's own tool.
 */
async function deliverToReporting(platform: BenchPlatform): Promise<{ events: number; ms: number }> {
  await withClient(platform.databaseUrl, async (client) => {
    await client.query(`UPDATE "case".outbox SET dispatched_at = now() WHERE dispatched_at IS NULL`);
    await client.query(
      `INSERT INTO reporting.inbox (id, type, aggregate_id, organization_id, occurred_at, payload)
       SELECT id, type, aggregate_id, organization_id, occurred_at, payload FROM "case".outbox WHERE type = ANY($1) ORDER BY position
       ON CONFLICT (id) DO NOTHING`,
      [STATISTICS_EVENTS],
    );
  });
  const started = performance.now();
  const events = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [join(servicesDir, 'reporting', 'dist', 'rebuild-cli.js'), 'rebuild'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: childEnvironment({
        TERUGKEER_MODE: 'development',
        REPORTING_MIGRATION_DATABASE_URL: platform.env.REPORTING_MIGRATION_DATABASE_URL,
        REPORTING_DATABASE_URL: platform.env.REPORTING_DATABASE_URL,
      }),
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}').events) : reject(new Error(`The rebuild failed (${code}).`)),
    );
  });
  return { events, ms: performance.now() - started };
}

/** What any statistic over this data costs at least: reading every report and interval once. */
function sequentialScan(databaseUrl: string): Promise<unknown> {
  return withClient(databaseUrl, (client) =>
    client.query(`SELECT count(*), sum(jsonb_array_length(intervals)), max(recovery_date), min(first_sick_day) FROM reporting.sick_reports`),
  );
}
