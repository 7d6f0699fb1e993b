import { accessLogSentence } from './access-log-sentence';
import { groupAccessLog, type AccessLogEntry } from './access-log';

let id = 0;
const entry = (occurredAt: string, actorName: string | null, action = 'READ', dataClass = 'MEDICAL_NOTES', actorRole = 'COMPANY_DOCTOR'): AccessLogEntry => ({
  id: String(++id),
  occurredAt,
  actorName,
  actorRole,
  action,
  dataClass,
});

describe('groupAccessLog', () => {
  it('makes one line of the same person reading the same data on one day, newest first', () => {
    const lines = groupAccessLog([
      entry('2026-12-04T08:10:00Z', 'Eva Bakker'),
      entry('2026-12-04T09:30:00Z', 'Eva Bakker'),
      entry('2026-12-04T08:50:00Z', 'Eva Bakker'),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ count: 3, latest: '2026-12-04T09:30:00Z', earliest: '2026-12-04T08:10:00Z', day: '2026-12-04' });
  });

  it('keeps apart other days (in the platform zone), other people, other actions and other data, and keeps their order', () => {
    const lines = groupAccessLog([
      entry('2026-12-03T22:30:00Z', 'Eva Bakker'), // 23:30 in Amsterdam: 3 December
      entry('2026-12-03T23:30:00Z', 'Eva Bakker'), // 00:30 in Amsterdam: 4 December
      entry('2026-12-04T08:00:00Z', 'Eva Bakker', 'UPDATE'),
      entry('2026-12-04T09:00:00Z', 'Eva Bakker'),
      entry('2026-12-04T10:00:00Z', 'Jan de Vries', 'READ', 'ACTION_PLAN', 'MANAGER'),
      entry('2026-12-04T11:00:00Z', 'Eva Bakker'),
    ]);
    expect(lines.map((l) => [l.actorName, l.action, l.dataClass, l.day, l.count])).toEqual([
      ['Eva Bakker', 'READ', 'MEDICAL_NOTES', '2026-12-04', 1],
      ['Jan de Vries', 'READ', 'ACTION_PLAN', '2026-12-04', 1],
      ['Eva Bakker', 'READ', 'MEDICAL_NOTES', '2026-12-04', 1],
      ['Eva Bakker', 'UPDATE', 'MEDICAL_NOTES', '2026-12-04', 1],
      ['Eva Bakker', 'READ', 'MEDICAL_NOTES', '2026-12-04', 1],
      ['Eva Bakker', 'READ', 'MEDICAL_NOTES', '2026-12-03', 1],
    ]);
  });

  it('groups what the system did like anyone else', () => {
    const lines = groupAccessLog([
      entry('2026-12-04T01:00:00Z', null, 'IMPORT', 'ABSENCE', 'SYSTEM'),
      entry('2026-12-04T01:05:00Z', null, 'IMPORT', 'ABSENCE', 'SYSTEM'),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0].count).toBe(2);
  });
});

describe('accessLogSentence', () => {
  const line = (overrides: Partial<AccessLogEntry>, count = 1) => ({
    ...groupAccessLog([{ ...entry('2026-12-04T09:00:00Z', 'Eva Bakker'), ...overrides }])[0],
    count,
  });

  it.each([
    [{}, 1, 'nl', 'Eva Bakker, bedrijfsarts, bekeek de medische aantekeningen'],
    [{}, 1, 'en', 'Eva Bakker, company doctor, viewed the medical notes'],
    [
      { actorName: 'Jan de Vries', actorRole: 'MANAGER', action: 'SIGN', dataClass: 'ACTION_PLAN' },
      1,
      'nl',
      'Jan de Vries, leidinggevende, ondertekende het plan van aanpak',
    ],
    [
      { actorName: 'Kim Jansen', actorRole: 'COACH', action: 'CREATE', dataClass: 'SESSION_REPORT' },
      1,
      'nl',
      'Kim Jansen, coach, legde een gespreksverslag vast',
    ],
    [{}, 12, 'nl', 'Eva Bakker, bedrijfsarts, bekeek de medische aantekeningen (12 keer)'],
    [{ actorName: null, actorRole: 'SYSTEM', action: 'IMPORT', dataClass: 'ABSENCE' }, 1, 'nl', 'Het systeem importeerde je ziekmelding'],
    [{ action: 'ARCHIVE', dataClass: 'NEW_KIND' }, 1, 'en', 'Eva Bakker, company doctor, acted (archive) on data (NEW_KIND)'],
  ] as const)('%j ×%i in %s reads "%s"', (overrides, count, locale, expected) => {
    expect(accessLogSentence(line(overrides, count), locale)).toBe(expected);
  });
});
