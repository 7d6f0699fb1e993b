import { dayOfTalk, reportableTalks, reportKindOf } from './talk-of-report';

const talk = (id: string, kind: string, startsAt: string, status = 'HELD') => ({ id, kind, startsAt, status });

describe('the talk a report is of', () => {
  it.each([
    ['REFLECTION_TALK', 'REFLECTION'],
    ['DIALOGUE_TALK', 'DIALOGUE'],
    ['THREE_WAY_TALK', 'THREE_WAY'],
    ['COMPANY_DOCTOR_CONSULT', null],
  ])('a %s asks for a %s report', (kind, report) => {
    expect(reportKindOf(talk('a', kind, '2026-11-02T09:00:00Z'))).toBe(report);
  });

  it('offers begun, not cancelled programme talks, newest first', () => {
    const now = new Date('2026-11-10T10:00:00Z');
    const talks = [
      talk('old', 'REFLECTION_TALK', '2026-11-02T09:00:00Z'),
      talk('future', 'DIALOGUE_TALK', '2026-11-12T09:00:00Z', 'PLANNED'),
      talk('cancelled', 'DIALOGUE_TALK', '2026-11-03T09:00:00Z', 'CANCELLED'),
      talk('consult', 'COMPANY_DOCTOR_CONSULT', '2026-11-04T09:00:00Z'),
      talk('recent', 'DIALOGUE_TALK', '2026-11-10T09:00:00Z', 'PLANNED'),
    ];
    expect(reportableTalks(talks, now).map((t) => t.id)).toEqual(['recent', 'old']);
  });

  it('is held on the Dutch day of the talk', () => {
    expect(dayOfTalk(talk('a', 'REFLECTION_TALK', '2026-11-08T23:30:00Z'))).toBe('2026-11-09');
  });
});
