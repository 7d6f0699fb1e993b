import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchedulingSchema } from './schema';

buildSchedulingSchema().then((schema) => {
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSubgraphSchema(schema));
});
