import 'reflect-metadata';
import { runDeadLetterCommand, runMain } from '@terugkeer/service-kit';
import { reportingService } from './service';

/** `events dead-letters` and `events replay`: the events the read model could not take in. */
runMain('reporting', () => runDeadLetterCommand(reportingService, process.argv.slice(2)));
