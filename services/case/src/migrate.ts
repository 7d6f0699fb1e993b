import 'reflect-metadata';
import { migrateService, runMain, type RequestContext, type ServiceDefinition } from '@terugkeer/service-kit';
import { caseService } from './service';

runMain('case', (log) => migrateService(caseService as ServiceDefinition<RequestContext>, log));
