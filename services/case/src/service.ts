import type { ServiceDefinition } from '@terugkeer/service-kit';
import { createCaseContext, type CaseContext } from './context';
import { createCaseDataSource, SCHEMA } from './entities';
import { identityRoutes } from './modules/identity/identity.routes';
import { startRetentionJob } from './modules/retention/retention-job';
import { buildCaseSchema } from './schema';

export const caseService: ServiceDefinition<CaseContext> = {
  name: 'case',
  schemaName: SCHEMA,
  createDataSource: createCaseDataSource,
  buildSchema: buildCaseSchema,
  createContext: createCaseContext,
  publishes: true,
  routes: (dataSource, _boss, config) => identityRoutes(dataSource, config),
  onStarted: startRetentionJob,
};
