import { EXPERT_OPINION_SUBJECTS, mayAskExpertOpinion } from './expert-opinion';

describe('who may ask UWV for an expert opinion (art. 32 Wet SUWI)', () => {
  it.each([
    ['FITNESS_FOR_OWN_WORK', 'EMPLOYER', true],
    ['FITNESS_FOR_OWN_WORK', 'EMPLOYEE', true],
    ['SUITABLE_WORK', 'EMPLOYER', true],
    ['SUITABLE_WORK', 'EMPLOYEE', true],
    // Each party asks about the other's re-integration efforts, never its own.
    ['EMPLOYER_REINTEGRATION_EFFORTS', 'EMPLOYEE', true],
    ['EMPLOYER_REINTEGRATION_EFFORTS', 'EMPLOYER', false],
    ['EMPLOYEE_REINTEGRATION_EFFORTS', 'EMPLOYER', true],
    ['EMPLOYEE_REINTEGRATION_EFFORTS', 'EMPLOYEE', false],
  ] as const)('%s asked by the %s: %s', (subject, requester, allowed) => {
    expect(mayAskExpertOpinion(subject, requester)).toBe(allowed);
    expect(EXPERT_OPINION_SUBJECTS[subject].source).toMatch(/Wet SUWI/);
  });
});
