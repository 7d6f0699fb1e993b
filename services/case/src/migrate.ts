import 'reflect-metadata';
import { migrateService, runMain, type RequestContext, type ServiceDefinition } from '@terugkeer/service-kit';
import { caseService } from './service';

runMain(() => migrateService(caseService as ServiceDefinition<RequestContext>));
