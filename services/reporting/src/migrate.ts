import 'reflect-metadata';
import { migrateService, runMain } from '@terugkeer/service-kit';
import { reportingService } from './service';

runMain('reporting', (log) => migrateService(reportingService, log));
