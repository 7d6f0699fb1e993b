import { readSchedulingConfig } from './config';

describe('scheduling configuration', () => {
  it('has defaults without any environment', () => {
    const config = readSchedulingConfig({ TERUGKEER_DATA_DIR: '/data' });
    expect(config).toMatchObject({
      timeZone: 'Europe/Amsterdam',
      appointmentReminderHours: 24,
      milestoneReminderDays: [7, 1],
      stagnation: { belowPlanWeeks: 2, noRiseWeeks: 3, toleranceHours: 0.5 },
      mail: { smtpUrl: null, outboxDir: '/data/mail-outbox' },
    });
  });

  it.each<[string, NodeJS.ProcessEnv, object]>([
    ['stagnation thresholds', { STAGNATION_BELOW_PLAN_WEEKS: '3', STAGNATION_TOLERANCE_HOURS: '1' }, { stagnation: { belowPlanWeeks: 3, noRiseWeeks: 3, toleranceHours: 1 } }],
    ['reminder days', { MILESTONE_REMINDER_DAYS: '14, 3,1' }, { milestoneReminderDays: [14, 3, 1] }],
    ['an SMTP server', { SMTP_URL: 'smtp://mail.example:587' }, { mail: expect.objectContaining({ smtpUrl: 'smtp://mail.example:587' }) }],
    ['an empty SMTP_URL means the outbox', { SMTP_URL: '' }, { mail: expect.objectContaining({ smtpUrl: null }) }],
  ])('reads %s from the environment', (_label, env, expected) => {
    expect(readSchedulingConfig(env)).toMatchObject(expected);
  });
});
