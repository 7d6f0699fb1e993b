import 'reflect-metadata';
import { migrateService, runMain } from '@terugkeer/service-kit';
import { schedulingService } from './service';

runMain('scheduling', (log) => migrateService(schedulingService, log));
