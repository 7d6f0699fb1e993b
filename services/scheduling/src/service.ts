import { createServiceDataSource, createTokenVerifier, eventConsumer, type ServiceDefinition } from '@terugkeer/service-kit';
import { schedulingConfig } from './config';
import { createSchedulingContext, type SchedulingContext } from './context';
import { entities, migrations } from './entities';
import { SCHEDULING_EVENT_HANDLERS } from './events/event-handlers';
import { attachJobQueue } from './jobs/job-queue';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { MAIL_QUEUE } from './modules/notification/notification.service';
import { ensureNotificationQueues, startNotificationWorkers } from './modules/notification/notification.workers';
import { REMINDER_QUEUE } from './modules/notification/reminder.service';
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
  consumes: [eventConsumer('scheduling.case-events', SCHEDULING_EVENT_HANDLERS)],
  createQueues: ensureNotificationQueues,
  measuredQueues: [REMINDER_QUEUE, MAIL_QUEUE],
  routes: (dataSource, _boss, config) => calendarRoutes(dataSource, createTokenVerifier(config)),
  onStarted: async (dataSource, boss) => {
    attachJobQueue(boss);
    await startNotificationWorkers(dataSource, boss, schedulingConfig());
    return async () => {};
  },
};
