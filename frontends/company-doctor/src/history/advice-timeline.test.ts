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

  it('is empty for a case without advice, also when escalations may not be read', () => {
    expect(adviceTimeline({ problemAnalyses: [], escalations: null, appointments: [] })).toEqual([]);
  });
});
