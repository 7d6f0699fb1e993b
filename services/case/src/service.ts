import { eventConsumer, type ServiceDefinition } from '@terugkeer/service-kit';
import { createCaseContext, type CaseContext } from './context';
import { createCaseDataSource, SCHEMA } from './entities';
import { ANALYTICS_EVENT_HANDLERS, CASE_EVENT_HANDLERS } from './events/event-handlers';
import { analyticsClientRoutes } from './modules/analytics-client/analytics-client.routes';
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
  consumes: [eventConsumer('case.scheduling-events', CASE_EVENT_HANDLERS), eventConsumer('case.analytics-events', ANALYTICS_EVENT_HANDLERS)],
  createQueues: createRetentionQueue,
  routes: (dataSource, _boss, config) => ({ ...identityRoutes(dataSource, config), ...analyticsClientRoutes(dataSource, config) }),
  onStarted: (dataSource, boss, _config, log) => startRetentionJob(dataSource, boss, log),
};
