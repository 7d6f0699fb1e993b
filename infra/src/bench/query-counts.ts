import type { Benchmark } from './harness.js';
import { seedBulkOrganization, waitForReadModel } from './bulk-cases.js';
import { graphqlPost } from './measure.js';
import { StatementCounter } from './statement-counter.js';

const CASES = 1000;
const PAGE = 100;

/** The case manager's list with an entity lookup into every subgraph and the case's own relations. */
const caseListQuery = `query ($first: Int!, $after: String) {
  viewer { cases(first: $first, after: $after) {
    edges { node { id status firstSickDay employee { name department { name } } organization { name }
      absencePercentage milestones { key dueDate status } sickReports { firstSickDay }
      appointments { id startsAt } buildUp { weeks { planned } } progress { absenceDays } } }
    pageInfo { endCursor hasNextPage } } } }`;

/**
 * SQL statements per request for lists of 10, 100 and 1 000 cases, per service, counted by
 * pg_stat_statements: with per-request batching (DataLoader) they do not grow with the list.
 * The list's pages hold at most 100, so 1 000 cases are ten requests.
 */
export const queryCounts: Benchmark = {
  name: 'query-counts',
  title: 'SQL statements per request against the size of the list',
  async run({ startPlatform, log }) {
    const platform = await startPlatform({ countStatements: true });
    const bulk = await seedBulkOrganization(platform.databaseUrl, CASES);
    await waitForReadModel(platform.databaseUrl, bulk.caseIds);
    log(`${CASES} cases seeded and delivered to the read model`);
    const token = await platform.token(bulk.caseManagerEmail);
    const post = (query: string, variables?: Record<string, unknown>) => graphqlPost(platform.gatewayUrl, token, query, variables);
    await post(caseListQuery, { first: PAGE });

    const counter = await StatementCounter.connect(platform.databaseUrl);
    try {
      log(`learned ${await counter.learnBackground(3000)} statements the idle platform runs by itself`);
      const rows: (string | number)[][] = [];
      const counted: Record<string, Record<string, number>> = {};
      const record = (label: string, items: number, requests: number, byService: Record<string, number>) => {
        const total = Object.values(byService).reduce((a, b) => a + b, 0);
        counted[label] = byService;
        rows.push([label, items, requests, byService.case ?? 0, byService.scheduling ?? 0, byService.reporting ?? 0, total, (total / requests).toFixed(1)]);
      };
      record('{ viewer { id } }', 0, 1, await counter.count(() => post('{ viewer { id } }')));
      for (const first of [10, PAGE]) record(`case list, ${first}`, first, 1, await counter.count(() => post(caseListQuery, { first })));
      record(`case list, ${CASES} in pages of ${PAGE}`, CASES, CASES / PAGE, await counter.count(() => allPages(post)));

      const perRequest = (label: string) => Object.values(counted[label]).reduce((a, b) => a + b, 0);
      const flat = perRequest('case list, 10') === perRequest(`case list, ${PAGE}`);
      return {
        tables: [
          {
            title: `Statements the services ran (pg_stat_statements; polling and transaction control left out), ${CASES} open cases`,
            columns: ['request', 'items', 'requests', 'case', 'scheduling', 'reporting', 'total', 'per request'],
            rows,
          },
        ],
        notes: [
          flat
            ? 'A list of 100 costs as many statements as a list of 10: entity lookups and relations are batched per request.'
            : 'A list of 100 costs more statements than a list of 10: something is loaded per item.',
          'Each request also verifies its token and reads the viewer in every subgraph it reaches; those statements are the same for every list size.',
        ],
        figures: { cases: CASES, counted },
      };
    } finally {
      await counter.close();
    }
  },
};

async function allPages(post: (query: string, variables?: Record<string, unknown>) => Promise<any>): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page: { pageInfo: { hasNextPage: boolean; endCursor: string } } = (await post(caseListQuery, { first: PAGE, after })).viewer.cases;
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}
