import './telemetry';
import 'reflect-metadata';
import { runMain, runService } from '@terugkeer/service-kit';
import { schedulingService } from './service';

runMain('scheduling', (log) => runService(schedulingService, log));
