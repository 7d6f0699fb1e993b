import { createServiceDataSource, eventConsumer, type ServiceDefinition } from '@terugkeer/service-kit';
import { createReportingContext, type ReportingContext } from './context';
import { migrations } from './entities';
import { REPORTING_EVENT_HANDLERS } from './events/event-handlers';
import { buildReportingSchema } from './schema';

export const SCHEMA = 'reporting';

export const createReportingDataSource = (url: string) => createServiceDataSource({ url, schema: SCHEMA, entities: [], migrations });

export const reportingService: ServiceDefinition<ReportingContext> = {
  name: 'reporting',
  schemaName: SCHEMA,
  createDataSource: createReportingDataSource,
  buildSchema: buildReportingSchema,
  createContext: createReportingContext,
  publishes: true,
  consumes: [eventConsumer('reporting.case-events', REPORTING_EVENT_HANDLERS)],
};
