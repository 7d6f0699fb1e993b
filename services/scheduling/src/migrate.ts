import 'reflect-metadata';
import { migrateService, runMain, type RequestContext, type ServiceDefinition } from '@terugkeer/service-kit';
import { schedulingService } from './service';

runMain('scheduling', (log) => migrateService(schedulingService as ServiceDefinition<RequestContext>, log));
