import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { SchedulingConfig } from '../../config';
import { createMailSender } from './mailer';
import { deliverMail, MAIL_QUEUE } from './notification.service';
import { deliverReminder, REMINDER_QUEUE } from './reminder.service';

/** Reminder and mail jobs live in pg-boss: they survive restarts and run when due. Created by the migration. */
export async function ensureNotificationQueues(boss: PgBoss): Promise<void> {
  for (const queue of [REMINDER_QUEUE, MAIL_QUEUE]) {
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { retryLimit: 5, retryBackoff: true });
  }
}

export async function startNotificationWorkers(dataSource: DataSource, boss: PgBoss, config: SchedulingConfig): Promise<void> {
  const send = createMailSender(config.mail);
  await boss.work<{ key: string }>(REMINDER_QUEUE, { batchSize: 10, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await deliverReminder(dataSource, job.data.key);
  });
  await boss.work<{ notificationId: string }>(MAIL_QUEUE, { batchSize: 10, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await deliverMail(dataSource, send, job.data.notificationId);
  });
}
