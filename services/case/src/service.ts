import type { ServiceDefinition } from '@terugkeer/service-kit';
import { createCaseContext, type CaseContext } from './context';
import { createCaseDataSource, SCHEMA } from './entities';
import { identityRoutes } from './modules/identity/identity.routes';
import { createRetentionQueue, startRetentionJob } from './modules/retention/retention-job';
import { buildCaseSchema } from './schema';

export const caseService: ServiceDefinition<CaseContext> = {
  name: 'case',
  schemaName: SCHEMA,
  createDataSource: createCaseDataSource,
  buildSchema: buildCaseSchema,
  createContext: createCaseContext,
  publishes: true,
  createQueues: createRetentionQueue,
  routes: (dataSource) => identityRoutes(dataSource),
  onStarted: startRetentionJob,
};
