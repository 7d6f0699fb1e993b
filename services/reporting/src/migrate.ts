import 'reflect-metadata';
import { migrateService, runMain, type RequestContext, type ServiceDefinition } from '@terugkeer/service-kit';
import { reportingService } from './service';

runMain('reporting', (log) => migrateService(reportingService as ServiceDefinition<RequestContext>, log));
