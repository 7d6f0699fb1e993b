import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { runMain } from '@terugkeer/service-kit';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportingSchema } from './schema';

runMain('reporting', async () => {
  const schema = await buildReportingSchema();
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSubgraphSchema(schema));
});
