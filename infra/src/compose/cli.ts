import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { publicSchemaSdl } from './public-schema.js';
import { composeSupergraph, subgraphSources } from './compose-supergraph.js';

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'supergraph.graphql');
try {
  const { supergraphSdl, apiSchemaSdl } = composeSupergraph(subgraphSources());
  writeFileSync(out, supergraphSdl);
  // The client-facing schema, without federation internals: what frontends generate types from.
  writeFileSync(out.replace(/supergraph\.graphql$/, 'api-schema.graphql'), apiSchemaSdl);
  // What clients are promised, compared with the published schema/terugkeer.graphql by the tests.
  writeFileSync(out.replace(/supergraph\.graphql$/, 'public-schema.graphql'), publicSchemaSdl(apiSchemaSdl));
  console.log(`Composed the supergraph into ${out.split('/').slice(-2).join('/')}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
