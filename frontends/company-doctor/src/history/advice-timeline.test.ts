import { adviceTimeline } from './advice-timeline';

describe('the advice history', () => {
  it('lists analyses, escalations taken up and consultations held, newest first', () => {
    const profile = (advice: string) => ({ advice, possibilities: ['Licht werk'], limitations: ['Geen nachtdiensten'] });
    const timeline = adviceTimeline({
      problemAnalyses: [
        { version: 1, occasion: 'INITIAL', recordedOn: '2026-10-01', capabilityProfile: profile('Start met halve dagen') },
        { version: 2, occasion: 'CHANGE', recordedOn: '2026-11-10', capabilityProfile: profile('Naar vier dagen') },
      ],
      escalations: [
        { reason: 'Opbouw stokt', status: 'ACKNOWLEDGED', acknowledgedAt: '2026-11-05T10:00:00Z', acknowledgementNote: 'Spreekuur gepland' },
        { reason: 'Nog open', status: 'OPEN' },
      ],
      appointments: [
        { kind: 'COMPANY_DOCTOR_CONSULT', startsAt: '2026-11-10T09:00:00Z', status: 'HELD' },
        { kind: 'COMPANY_DOCTOR_CONSULT', startsAt: '2026-11-20T09:00:00Z', status: 'PLANNED' },
        { kind: 'REFLECTION_TALK', startsAt: '2026-11-03T09:00:00Z', status: 'HELD' },
      ],
    });
    expect(timeline.map((entry) => [entry.kind, entry.date])).toEqual([
      ['ANALYSIS', '2026-11-10'],
      ['CONSULTATION', '2026-11-10'],
      ['ESCALATION', '2026-11-05'],
      ['ANALYSIS', '2026-10-01'],
    ]);
  });

  it.each([
    ['winter, 23:30 UTC', '2026-11-05T23:30:00Z', '2026-11-06'],
    ['summer, 22:30 UTC', '2026-07-15T22:30:00Z', '2026-07-16'],
    ['summer, 21:30 UTC', '2026-07-15T21:30:00Z', '2026-07-15'],
  ])('dates what happened late in the evening on the Dutch day (%s)', (_label, at, day) => {
    const timeline = adviceTimeline({
      problemAnalyses: [],
      escalations: [{ reason: 'Opbouw stokt', status: 'ACKNOWLEDGED', acknowledgedAt: at, acknowledgementNote: '' }],
      appointments: [{ kind: 'COMPANY_DOCTOR_CONSULT', startsAt: at, status: 'HELD' }],
    });
    expect(timeline.map((entry) => entry.date)).toEqual([day, day]);
  });

  it('is empty for a case without advice, also when escalations may not be read', () => {
    expect(adviceTimeline({ problemAnalyses: [], escalations: null, appointments: [] })).toEqual([]);
  });
});
