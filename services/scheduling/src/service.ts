import { applyCaseEventToReplica, createServiceDataSource, type ServiceDefinition } from '@terugkeer/service-kit';
import { CASE_EVENT_TYPES } from '@terugkeer/events';
import { createSchedulingContext, type SchedulingContext } from './context';
import { Appointments1732300000000 } from './migrations/1732300000000-appointments';
import { Appointment } from './modules/appointment/appointment.entity';
import { buildSchedulingSchema } from './schema';

export const SCHEMA = 'scheduling';

export const createSchedulingDataSource = (url: string) =>
  createServiceDataSource({ url, schema: SCHEMA, entities: [Appointment], migrations: [Appointments1732300000000] });

export const schedulingService: ServiceDefinition<SchedulingContext> = {
  name: 'scheduling',
  schemaName: SCHEMA,
  createDataSource: createSchedulingDataSource,
  buildSchema: buildSchedulingSchema,
  createContext: createSchedulingContext,
  publishes: true,
  consumes: [
    {
      queue: 'scheduling.case-events',
      eventTypes: CASE_EVENT_TYPES,
      handle: async (event, manager) => {
        await applyCaseEventToReplica(manager, event);
      },
    },
  ],
};
