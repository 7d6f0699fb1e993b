import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { runMain } from '@terugkeer/service-kit';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchedulingSchema } from './schema';

runMain('scheduling', async () => {
  const schema = await buildSchedulingSchema();
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSubgraphSchema(schema));
});
