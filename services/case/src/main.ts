import './telemetry';
import 'reflect-metadata';
import { runMain, runService } from '@terugkeer/service-kit';
import { caseService } from './service';

runMain('case', (log) => runService(caseService, log));
