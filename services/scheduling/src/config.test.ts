import { ConfigurationError, variableNames } from '@terugkeer/env';
import { readSchedulingConfig, schedulingVariables } from './config';

const development = { TERUGKEER_MODE: 'development', DATABASE_URL: 'postgres://terugkeer@127.0.0.1:5488/terugkeer', TERUGKEER_DATA_DIR: '/data' };
const production = {
  DATABASE_URL: 'postgres://terugkeer@db.internal:5432/terugkeer',
  GATEWAY_SIGNING_SECRET: 'a secret of at least thirty-two characters',
  SMTP_URL: 'smtp://mailer:password@mail.example.org:587',
  MAIL_FROM: 'Terugkeer <noreply@example.org>',
  PUBLIC_BASE_URL: 'https://api.terugkeer.example.org',
};

const problemsWith = (env: Record<string, string>): string[] => {
  try {
    readSchedulingConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message.split('\n');
    throw error;
  }
  return [];
};

describe('scheduling configuration', () => {
  it('has defaults in development', () => {
    expect(readSchedulingConfig(development)).toMatchObject({
      mode: 'development',
      port: 4102,
      timeZone: 'Europe/Amsterdam',
      appointmentReminderHours: 24,
      milestoneReminderDays: [7, 1],
      reminderTime: '09:00',
      stagnation: { belowPlanWeeks: 2, noRiseWeeks: 3, toleranceHours: 0.5 },
      mail: { smtpUrl: null, outboxDir: '/data/mail-outbox' },
      publicBaseUrl: 'http://localhost:4000',
    });
  });

  it.each<[string, Record<string, string>, object]>([
    ['stagnation thresholds', { STAGNATION_BELOW_PLAN_WEEKS: '3', STAGNATION_TOLERANCE_HOURS: '1.5' }, { stagnation: { belowPlanWeeks: 3, noRiseWeeks: 3, toleranceHours: 1.5 } }],
    ['reminder days', { MILESTONE_REMINDER_DAYS: '14, 3,1' }, { milestoneReminderDays: [14, 3, 1] }],
    ['the reminder time and zone', { REMINDER_TIME: '08:30', SCHEDULING_TIME_ZONE: 'Europe/Brussels' }, { reminderTime: '08:30', timeZone: 'Europe/Brussels' }],
    ['an SMTP server', { SMTP_URL: 'smtp://mail.example:587' }, { mail: expect.objectContaining({ smtpUrl: 'smtp://mail.example:587' }) }],
    ['an empty SMTP_URL means the outbox', { SMTP_URL: '' }, { mail: expect.objectContaining({ smtpUrl: null }) }],
    ['calendar links at the gateway port', { GATEWAY_PORT: '14000' }, { publicBaseUrl: 'http://localhost:14000' }],
  ])('reads %s from the environment', (_label, env, expected) => {
    expect(readSchedulingConfig({ ...development, ...env })).toMatchObject(expected);
  });

  it.each<[string, string, string]>([
    ['STAGNATION_TOLERANCE_HOURS', '0,5', 'STAGNATION_TOLERANCE_HOURS must be a number of at least 0 (got "0,5")'],
    ['STAGNATION_TOLERANCE_HOURS', '-1', 'STAGNATION_TOLERANCE_HOURS must be a number of at least 0 (got "-1")'],
    ['STAGNATION_BELOW_PLAN_WEEKS', '1.5', 'STAGNATION_BELOW_PLAN_WEEKS must be a whole number of at least 1 (got "1.5")'],
    ['STAGNATION_NO_RISE_WEEKS', '1', 'STAGNATION_NO_RISE_WEEKS must be a whole number of at least 2 (got "1")'],
    ['APPOINTMENT_REMINDER_HOURS', 'a day', 'APPOINTMENT_REMINDER_HOURS must be a number of at least 0 (got "a day")'],
    ['MILESTONE_REMINDER_DAYS', '7;1', 'MILESTONE_REMINDER_DAYS must be comma-separated whole numbers of at least 0, such as 7,1 (got "7;1")'],
    ['REMINDER_TIME', '9 uur', 'REMINDER_TIME must be a time of day as HH:MM, such as 09:00 (got "9 uur")'],
    ['SCHEDULING_TIME_ZONE', 'Amsterdam', 'SCHEDULING_TIME_ZONE must be an IANA time zone such as Europe/Amsterdam (got "Amsterdam")'],
    ['PUBLIC_BASE_URL', 'api.example.org', 'PUBLIC_BASE_URL must be a URL starting with http:// or https:// (got "api.example.org")'],
    ['MAIL_FROM', 'noreply', 'MAIL_FROM must be an e-mail address, optionally with a name: Terugkeer <noreply@example.org> (got "noreply")'],
    ['SMTP_URL', 'mail.example.org:587', 'SMTP_URL must be a URL starting with smtp:// or smtps:// (the value is not shown: it may hold a password)'],
    ['SCHEDULING_PORT', 'abc', 'SCHEDULING_PORT must be a port number (a whole number from 1 to 65535) (got "abc")'],
  ])('stops on %s=%s, naming it and why', (name, value, problem) => {
    expect(problemsWith({ ...development, [name]: value })).toEqual([`Configuration error: ${problem}`]);
  });

  it('runs in production with everything production needs', () => {
    expect(readSchedulingConfig(production)).toMatchObject({
      mode: 'production',
      requireGatewaySignature: true,
      introspection: false,
      mail: expect.objectContaining({ smtpUrl: production.SMTP_URL, from: production.MAIL_FROM }),
      publicBaseUrl: production.PUBLIC_BASE_URL,
    });
  });

  it('without TERUGKEER_MODE is production, and names all that production lacks', () => {
    expect(problemsWith({ DATABASE_URL: development.DATABASE_URL })).toEqual([
      'Configuration error: GATEWAY_SIGNING_SECRET is required in production mode: the secret the gateway signs its calls to the subgraphs with',
      'Configuration error: SMTP_URL is required in production mode: the SMTP server notifications are sent through (smtp://user:password@host:587)',
      'Configuration error: MAIL_FROM is required in production mode: the sender of notification e-mails',
      'Configuration error: PUBLIC_BASE_URL is required in production mode: the public address of the gateway, the base of calendar feed links',
    ]);
  });

  it('knows the variables of the subgraph and its own', () => {
    expect(variableNames(schedulingVariables)).toEqual(expect.arrayContaining(['SCHEDULING_PORT', 'SCHEDULING_DATABASE_URL', 'DATABASE_URL', 'STAGNATION_TOLERANCE_HOURS', 'LOG_LEVEL']));
  });
});
