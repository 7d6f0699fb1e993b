import './telemetry';
import 'reflect-metadata';
import { runMain, runService } from '@terugkeer/service-kit';
import { reportingService } from './service';

runMain('reporting', (log) => runService(reportingService, log));
