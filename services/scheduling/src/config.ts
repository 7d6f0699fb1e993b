import { DEFAULT_STAGNATION_THRESHOLDS, type StagnationThresholds } from '@terugkeer/domain';
import { join, resolve } from 'node:path';

/**
 * Every tunable of the scheduling service in one place. Defaults here; the environment
 * overrides them (an organization-level override can later replace `stagnation`).
 */
export interface SchedulingConfig {
  /** Local wall-clock of appointments and programme sessions. */
  timeZone: string;
  appointmentReminderHours: number;
  milestoneReminderDays: number[];
  /** Local time at which day-granular reminders (milestones) go out. */
  reminderTime: string;
  stagnation: StagnationThresholds;
  mail: { from: string; smtpUrl: string | null; outboxDir: string };
  /** Public base of calendar links, as clients reach them (through the gateway). */
  publicBaseUrl: string;
}

const numberList = (value: string | undefined, fallback: number[]) =>
  value ? value.split(',').map((part) => Number(part.trim())) : fallback;

export function readSchedulingConfig(env: NodeJS.ProcessEnv = process.env): SchedulingConfig {
  const dataDir = env.TERUGKEER_DATA_DIR ?? resolve(__dirname, '../../../.data');
  return {
    timeZone: env.SCHEDULING_TIME_ZONE ?? 'Europe/Amsterdam',
    appointmentReminderHours: Number(env.APPOINTMENT_REMINDER_HOURS ?? 24),
    milestoneReminderDays: numberList(env.MILESTONE_REMINDER_DAYS, [7, 1]),
    reminderTime: env.REMINDER_TIME ?? '09:00',
    stagnation: {
      belowPlanWeeks: Number(env.STAGNATION_BELOW_PLAN_WEEKS ?? DEFAULT_STAGNATION_THRESHOLDS.belowPlanWeeks),
      noRiseWeeks: Number(env.STAGNATION_NO_RISE_WEEKS ?? DEFAULT_STAGNATION_THRESHOLDS.noRiseWeeks),
      toleranceHours: Number(env.STAGNATION_TOLERANCE_HOURS ?? DEFAULT_STAGNATION_THRESHOLDS.toleranceHours),
    },
    mail: {
      from: env.MAIL_FROM ?? 'Terugkeer <noreply@terugkeer.invalid>',
      smtpUrl: env.SMTP_URL || null,
      outboxDir: join(dataDir, 'mail-outbox'),
    },
    publicBaseUrl: env.PUBLIC_BASE_URL ?? `http://localhost:${env.GATEWAY_PORT ?? 4000}`,
  };
}

export const schedulingConfig = readSchedulingConfig();
