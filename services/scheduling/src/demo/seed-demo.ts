import { startQueue, type Logger } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { attachJobQueue } from '../jobs/job-queue';
import { seedDemoAppointments } from './demo-appointments';
import { seedDemoBuildUp } from './demo-build-up';
import { seedDemoPeople } from './demo-people';
import { seedDemoProgramme } from './demo-programme';

/**
 * The scheduling side of the demo, through the same code paths as the API: reminders and
 * mails become real jobs, alerts real notifications. Idempotent.
 */
export async function seedDemo(dataSource: DataSource, databaseUrl: string, log: Logger): Promise<string[]> {
  const boss = await startQueue(databaseUrl, log);
  try {
    attachJobQueue(boss);
    await seedDemoPeople(dataSource);
    const loaded: string[] = [];
    const appointments = await seedDemoAppointments(dataSource);
    if (appointments) loaded.push(`${appointments} appointments`);
    await dataSource.transaction(async (manager) => {
      if (await seedDemoProgramme(manager)) loaded.push("Sanne's programme");
      if (await seedDemoBuildUp(manager)) loaded.push("Sanne's build-up");
    });
    return loaded;
  } finally {
    await boss.stop({ graceful: true });
  }
}
