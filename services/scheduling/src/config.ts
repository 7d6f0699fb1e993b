import { DEFAULT_STAGNATION_THRESHOLDS, PLATFORM_TIME_ZONE, type StagnationThresholds } from '@terugkeer/domain';
import { mailbox, number, numberList, readEnv, requiredInProduction, timeOfDay, timeZone, url, variable, type Environment } from '@terugkeer/env';
import { serviceConfigFrom, subgraphVariables, type ServiceConfig } from '@terugkeer/service-kit';
import { join } from 'node:path';

/**
 * The scheduling process's settings: the subgraph's (service kit) and its own tunables.
 * Defaults here; the environment overrides them (an organization-level override can later
 * replace `stagnation`).
 */
export interface SchedulingConfig extends ServiceConfig {
  /** Local wall-clock of appointments and programme sessions. */
  timeZone: string;
  appointmentReminderHours: number;
  milestoneReminderDays: number[];
  /** Local time at which day-granular reminders (milestones) go out. */
  reminderTime: string;
  stagnation: StagnationThresholds;
  /** Without an SMTP server (development only) mails are written to `outboxDir`. */
  mail: { from: string; smtpUrl: string | null; outboxDir: string };
  /** Public base of calendar links, as clients reach them (through the gateway). */
  publicBaseUrl: string;
}

const DEVELOPMENT_SENDER = 'Terugkeer <noreply@terugkeer.invalid>';

export const schedulingVariables = {
  ...subgraphVariables('scheduling'),
  timeZone: variable('SCHEDULING_TIME_ZONE', timeZone().default(PLATFORM_TIME_ZONE)),
  appointmentReminderHours: variable('APPOINTMENT_REMINDER_HOURS', number({ min: 0 }).default(24)),
  milestoneReminderDays: variable('MILESTONE_REMINDER_DAYS', numberList({ integer: true, min: 0 }).default([7, 1])),
  reminderTime: variable('REMINDER_TIME', timeOfDay().default('09:00')),
  belowPlanWeeks: variable('STAGNATION_BELOW_PLAN_WEEKS', number({ integer: true, min: 1 }).default(DEFAULT_STAGNATION_THRESHOLDS.belowPlanWeeks)),
  noRiseWeeks: variable('STAGNATION_NO_RISE_WEEKS', number({ integer: true, min: 2 }).default(DEFAULT_STAGNATION_THRESHOLDS.noRiseWeeks)),
  toleranceHours: variable('STAGNATION_TOLERANCE_HOURS', number({ min: 0 }).default(DEFAULT_STAGNATION_THRESHOLDS.toleranceHours)),
  mailFrom: variable('MAIL_FROM', mailbox().optional()),
  smtpUrl: variable('SMTP_URL', url(['smtp:', 'smtps:']).optional(), { secret: true }),
  publicBaseUrl: variable('PUBLIC_BASE_URL', url().optional()),
};

/** Reads and checks the scheduling process's settings; a bad or missing variable throws a ConfigurationError naming it. */
export function readSchedulingConfig(env: Environment = process.env): SchedulingConfig {
  const values = readEnv(schedulingVariables, env);
  const service = serviceConfigFrom(
    'scheduling',
    values,
    requiredInProduction(values.mode, {
      SMTP_URL: { given: values.smtpUrl, purpose: 'the SMTP server notifications are sent through (smtp://user:password@host:587)' },
      MAIL_FROM: { given: values.mailFrom, purpose: 'the sender of notification e-mails' },
      PUBLIC_BASE_URL: { given: values.publicBaseUrl, purpose: 'the public address of the gateway, the base of calendar feed links' },
    }),
  );
  return {
    ...service,
    timeZone: values.timeZone,
    appointmentReminderHours: values.appointmentReminderHours,
    milestoneReminderDays: values.milestoneReminderDays,
    reminderTime: values.reminderTime,
    stagnation: { belowPlanWeeks: values.belowPlanWeeks, noRiseWeeks: values.noRiseWeeks, toleranceHours: values.toleranceHours },
    mail: { from: values.mailFrom ?? DEVELOPMENT_SENDER, smtpUrl: values.smtpUrl ?? null, outboxDir: join(service.dataDir, 'mail-outbox') },
    publicBaseUrl: values.publicBaseUrl ?? `http://localhost:${values.gatewayPort}`,
  };
}

let loaded: SchedulingConfig | undefined;

/** The settings of this process, read on first use: `main` reads them at start, so a bad variable stops it there. */
export function schedulingConfig(): SchedulingConfig {
  loaded ??= readSchedulingConfig();
  return loaded;
}
