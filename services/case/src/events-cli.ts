import 'reflect-metadata';
import { runDeadLetterCommand, runMain } from '@terugkeer/service-kit';
import { caseService } from './service';

/** `events dead-letters` and `events replay`: the scheduling events the case service could not apply. */
runMain('case', () => runDeadLetterCommand(caseService, process.argv.slice(2)));
