import { createServiceDataSource, type ServiceDefinition } from '@terugkeer/service-kit';
import { createReportingContext, type ReportingContext } from './context';
import { migrations } from './entities';
import { CONSUMED_EVENT_TYPES, projectEvent } from './events/project-event';
import { buildReportingSchema } from './schema';

export const SCHEMA = 'reporting';

export const createReportingDataSource = (url: string) => createServiceDataSource({ url, schema: SCHEMA, entities: [], migrations });

export const reportingService: ServiceDefinition<ReportingContext> = {
  name: 'reporting',
  schemaName: SCHEMA,
  createDataSource: createReportingDataSource,
  buildSchema: buildReportingSchema,
  createContext: createReportingContext,
  consumes: [{ queue: 'reporting.case-events', eventTypes: CONSUMED_EVENT_TYPES, handle: projectEvent }],
};
