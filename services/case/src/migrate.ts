import 'reflect-metadata';
import { migrateService, runMain } from '@terugkeer/service-kit';
import { caseService } from './service';

runMain('case', (log) => migrateService(caseService, log));
