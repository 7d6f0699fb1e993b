import 'reflect-metadata';
import { migrateService, runMain, type RequestContext, type ServiceDefinition } from '@terugkeer/service-kit';
import { schedulingService } from './service';

runMain(() => migrateService(schedulingService as ServiceDefinition<RequestContext>));
