import { judge } from '../privacy/judge';

describe('the privacy-matrix judge', () => {
  it.each([
    ['a manager given medical notes is a leak', 'MEDICAL_NOTES', 'MANAGER', { medicalNotes: [{ text: 'x' }] }, ['medicalNotes'], false],
    ['a manager refused medical notes is right', 'MEDICAL_NOTES', 'MANAGER', { medicalNotes: null }, ['medicalNotes'], true],
    ['an empty list for an outsider is right', 'SESSION_REPORT', null, { sessionReports: [] }, ['sessionReports'], true],
    ['an invisible case is right for an outsider', 'CASE_BASICS', null, null, ['status'], true],
    ['an invisible case is wrong for a reader', 'CASE_BASICS', 'COACH', null, ['status'], false],
    [
      'a nested private note reaching the manager is a leak',
      'SESSION_PRIVATE_NOTES',
      'MANAGER',
      { sessionReports: [{ privateNotes: 'n' }] },
      ['sessionReports', 'privateNotes'],
      false,
    ],
    [
      'an unreleased report reaching the manager is a leak',
      'SESSION_REPORT',
      'MANAGER',
      { sessionReports: [{ state: 'VALIDATED' }] },
      ['sessionReports'],
      false,
    ],
    ['a released report reaching the manager is right', 'SESSION_REPORT', 'MANAGER', { sessionReports: [{ state: 'RELEASED' }] }, ['sessionReports'], true],
  ] as const)('%s', (_name, dataClass, relationship, caseValue, path, ok) => {
    expect(judge(dataClass, relationship, caseValue as Record<string, unknown> | null, path).ok).toBe(ok);
  });

  it("counts a denial error on a reader's path as a failure", () => {
    const errors = [{ message: 'no', path: ['case', 'medicalNotes'], extensions: { code: 'FORBIDDEN' } }];
    expect(judge('MEDICAL_NOTES', 'COMPANY_DOCTOR', { medicalNotes: null }, ['medicalNotes'], errors).ok).toBe(false);
  });
});
