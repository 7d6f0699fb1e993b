import 'reflect-metadata';
import { readServiceConfig, runDeadLetterCommand, runMain, startQueue } from '@terugkeer/service-kit';
import { attachJobQueue } from './jobs/job-queue';
import { schedulingService } from './service';

/**
 * `events dead-letters` and `events replay`: the case events scheduling could not apply.
 * A replayed event plans reminders and mails as jobs, so the queue is attached as at start-up.
 */
runMain('scheduling', async (log) => {
  const boss = await startQueue(readServiceConfig('scheduling').databaseUrl, log);
  try {
    attachJobQueue(boss);
    await runDeadLetterCommand(schedulingService, process.argv.slice(2));
  } finally {
    await boss.stop({ graceful: true });
  }
});
