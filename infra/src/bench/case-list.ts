import type { Benchmark } from './harness.js';
import { seedBulkOrganization, waitForReadModel } from './bulk-cases.js';
import { graphqlPost, ms, time, type Timing } from './measure.js';
import { ratio } from './stats.js';

const CASES = 500;

const caseListQuery = `query ($first: Int!, $after: String) {
  viewer { cases(first: $first, after: $after) {
    edges { node { id status firstSickDay employee { name department { name } } organization { name }
      appointments { id } progress { absenceDays } } }
    pageInfo { endCursor hasNextPage } } } }`;

/**
 * How the case list across the three subgraphs scales with its size and how deep paging
 * behaves, as ratios against a minimal authenticated query measured in the same run.
 */
export const caseList: Benchmark = {
  name: 'case-list',
  title: 'Case list across three subgraphs',
  async run({ startPlatform, log, rounds }) {
    const platform = await startPlatform();
    const bulk = await seedBulkOrganization(platform.databaseUrl, CASES);
    await waitForReadModel(platform.databaseUrl, bulk.caseIds);
    log(`${CASES} cases seeded and delivered to the read model`);
    const token = await platform.token(bulk.caseManagerEmail);
    const { gatewayUrl } = platform;

    const baseline = await time(gatewayUrl, token, 'baseline { viewer { id } }', '{ viewer { id } }', undefined, rounds);
    const sizes: Timing[] = [];
    for (const first of [1, 10, 100]) sizes.push(await time(gatewayUrl, token, `case list, ${first} per page`, caseListQuery, { first }, rounds));
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1)
      after = (await graphqlPost(gatewayUrl, token, caseListQuery, { first: 100, after })).viewer.cases.pageInfo.endCursor;
    const deepPage = await time(gatewayUrl, token, 'case list, page 5 of 100 (keyset)', caseListQuery, { first: 100, after }, rounds);

    const rows = [baseline, ...sizes, deepPage];
    const [one, , hundred] = sizes;
    const perCase = (hundred.median - one.median) / 99;
    return {
      tables: [
        {
          title: `${CASES} open cases, one case manager, median of ${rounds}`,
          columns: ['query', 'median ms', 'p90 ms', '× baseline'],
          rows: rows.map((row) => [row.label, ms(row.median), ms(row.p90), ratio(row.median, baseline.median)]),
        },
      ],
      notes: [
        `100 cases cost ${ratio(hundred.median, one.median)} one case: ${perCase.toFixed(2)} ms for each further case, where one case alone costs ${ms(one.median)} ms.`,
        `Page 5 costs ${ratio(deepPage.median, hundred.median)} page 1 (keyset paging: about 1).`,
      ],
      figures: { cases: CASES, baseline, sizes, deepPage },
    };
  },
};
