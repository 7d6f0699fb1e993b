import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { seedBulkOrganization, waitForReadModel } from '../bench/bulk-cases.js';
import { graphqlPost, time, type Timing } from '../bench/measure.js';
import type { LauncherConfig } from '../config.js';
import { startPlatform } from '../platform/platform.js';
import { DEVELOPMENT_PORTS, shiftedPorts, type PlatformPorts } from '../platform/ports.js';

/** Its own ports and database, 20000 above development, so it runs beside `npm start` and `npm test`. */
const BENCH_PORTS = Object.fromEntries(Object.entries(DEVELOPMENT_PORTS).map(([name, port]) => [name, port + 20000])) as unknown as PlatformPorts;
const CASES = 500;

const caseListQuery = `query ($first: Int!, $after: String) {
  viewer { cases(first: $first, after: $after) {
    edges { node { id status firstSickDay employee { name department { name } } organization { name }
      appointments { id } progress { absenceDays } } }
    pageInfo { endCursor hasNextPage } } } }`;

/**
 * Prints how the case list scales with its size and how deep paging behaves, as ratios
 * against a minimal authenticated query measured in the same run (machines are noisy;
 * ratios are what to compare between runs).
 */
export async function runBenchmark(config: LauncherConfig): Promise<void> {
  const log = (message: string) => console.log(`bench     │ ${message}`);
  const dataDir = resolve(config.dataRoot, 'bench');
  rmSync(dataDir, { recursive: true, force: true });
  const ports = shiftedPorts(BENCH_PORTS, config.portOffset);
  const platform = await startPlatform({ ports, dataDir, databaseUrl: config.benchDatabaseUrl, seedDemoData: false, frontends: null, log });
  try {
    const databaseUrl = platform.env.DATABASE_URL;
    const bulk = await seedBulkOrganization(databaseUrl, CASES);
    await waitForReadModel(databaseUrl, bulk.caseIds);
    log(`${CASES} cases seeded and delivered to the read model`);
    const gatewayUrl = `http://localhost:${ports.gateway}`;
    const tokenResponse = await fetch(`${gatewayUrl}/auth/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: bulk.caseManagerEmail }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };

    const baseline = await time(gatewayUrl, token, 'baseline { viewer { id } }', '{ viewer { id } }');
    const sizes: Timing[] = [];
    for (const first of [1, 10, 100]) {
      sizes.push(await time(gatewayUrl, token, `case list, ${first} per page, 3 subgraphs`, caseListQuery, { first }));
    }
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      const data = await graphqlPost(gatewayUrl, token, caseListQuery, { first: 100, after });
      after = data.viewer.cases.pageInfo.endCursor;
    }
    const deepPage = await time(gatewayUrl, token, 'case list, page 5 of 100 (keyset)', caseListQuery, { first: 100, after });

    const rows = [baseline, ...sizes, deepPage];
    console.log('\n  query                                        median ms   p90 ms   × baseline');
    for (const row of rows) {
      console.log(`  ${row.label.padEnd(44)} ${row.medianMs.toFixed(1).padStart(9)} ${row.p90Ms.toFixed(1).padStart(8)} ${(row.medianMs / baseline.medianMs).toFixed(2).padStart(12)}`);
    }
    const [one, , hundred] = sizes;
    const perCase = (hundred.medianMs - baseline.medianMs) / (one.medianMs - baseline.medianMs) / 100;
    console.log(`\n  100 cases cost ${(hundred.medianMs / one.medianMs).toFixed(2)}× one case; per case ${perCase.toFixed(3)}× the cost of a single case (1.0 would mean no batching).`);
    console.log(`  Page 5 costs ${(deepPage.medianMs / hundred.medianMs).toFixed(2)}× page 1 (keyset paging: ~1.0).\n`);
  } finally {
    await platform.stop();
  }
}
