import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { runMain } from '@terugkeer/service-kit';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaseSchema } from './schema';

/** Writes the subgraph SDL at build time; the gateway composes the supergraph from it. */
runMain('case', async () => {
  const schema = await buildCaseSchema(null);
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSubgraphSchema(schema));
});
