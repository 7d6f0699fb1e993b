import { createServiceDataSource, type ServiceDefinition } from '@terugkeer/service-kit';
import { CASE_EVENT_TYPES } from '@terugkeer/events';
import { createReportingContext, type ReportingContext } from './context';
import { ReadModel1732300000000 } from './migrations/1732300000000-read-model';
import { projectCaseEvent } from './modules/progress/case-progress.projection';
import { buildReportingSchema } from './schema';

export const SCHEMA = 'reporting';

export const createReportingDataSource = (url: string) =>
  createServiceDataSource({ url, schema: SCHEMA, entities: [], migrations: [ReadModel1732300000000] });

export const reportingService: ServiceDefinition<ReportingContext> = {
  name: 'reporting',
  schemaName: SCHEMA,
  createDataSource: createReportingDataSource,
  buildSchema: buildReportingSchema,
  createContext: createReportingContext,
  consumes: [{ queue: 'reporting.case-events', eventTypes: CASE_EVENT_TYPES, handle: projectCaseEvent }],
};
