import { createServiceDataSource, createTokenVerifier, type ServiceDefinition } from '@terugkeer/service-kit';
import { schedulingConfig } from './config';
import { createSchedulingContext, type SchedulingContext } from './context';
import { entities, migrations } from './entities';
import { CONSUMED_EVENT_TYPES, handleEvent } from './events/handle-event';
import { attachJobQueue } from './jobs/job-queue';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { applyCaseEventToReplica } from './modules/case-access/case-access.projection';
import { applyEmployeeEventToReplica } from './modules/case-access/employer-people.projection';
import { ensureNotificationQueues, startNotificationWorkers } from './modules/notification/notification.workers';
import { buildSchedulingSchema } from './schema';

export const SCHEMA = 'scheduling';

export const createSchedulingDataSource = (url: string) => createServiceDataSource({ url, schema: SCHEMA, entities, migrations });

export const schedulingService: ServiceDefinition<SchedulingContext> = {
  name: 'scheduling',
  readConfig: schedulingConfig,
  schemaName: SCHEMA,
  createDataSource: createSchedulingDataSource,
  buildSchema: buildSchedulingSchema,
  createContext: createSchedulingContext,
  publishes: true,
  consumes: [
    {
      queue: 'scheduling.case-events',
      eventTypes: CONSUMED_EVENT_TYPES,
      handle: async (event, manager) => {
        if ((await applyCaseEventToReplica(manager, event)) || (await applyEmployeeEventToReplica(manager, event))) return;
        await handleEvent(event, manager);
      },
    },
  ],
  createQueues: ensureNotificationQueues,
  routes: (dataSource, _boss, config) => calendarRoutes(dataSource, createTokenVerifier(config)),
  onStarted: async (dataSource, boss) => {
    attachJobQueue(boss);
    await startNotificationWorkers(dataSource, boss, schedulingConfig());
    return async () => {};
  },
};
