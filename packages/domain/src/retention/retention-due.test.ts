import { retentionDecision, type RetentionFacts } from './retention-due';
import { DEFAULT_RETENTION_POLICY, RETENTION_TERMS } from './retention-policy';

const base: RetentionFacts = {
  caseClosedOn: '2022-03-15',
  employmentEndedOn: null,
  ownRiskBearer: false,
  wgaOwnRiskBearer: false,
  medicalNotesChangedOn: '2022-02-01',
  legalHold: false,
};

describe('the default retention terms', () => {
  it('each name their source, and the defaults are the table', () => {
    expect(RETENTION_TERMS.every((row) => row.source.length > 20)).toBe(true);
    expect(DEFAULT_RETENTION_POLICY).toEqual({ dossierYears: 2, ownRiskBearerDossierYears: 5, wgaOwnRiskBearerDossierYears: 10, medicalNotesYears: 20 });
  });
});

describe('retentionDecision', () => {
  it.each<[string, Partial<RetentionFacts>, string, string | null, boolean]>([
    ['two years after closing, on the day', {}, '2024-03-15', '2024-03-15', true],
    ['the day before two years', {}, '2024-03-14', '2024-03-15', false],
    ['employment ended before the case closed: counts from the end', { employmentEndedOn: '2021-12-31' }, '2024-01-01', '2023-12-31', true],
    ['employment ended after closing: counts from closing', { employmentEndedOn: '2023-06-30' }, '2024-03-15', '2024-03-15', true],
    ['own-risk bearer keeps five years', { ownRiskBearer: true }, '2024-03-15', '2027-03-15', false],
    ['own-risk bearer after five years', { ownRiskBearer: true }, '2027-03-15', '2027-03-15', true],
    // RETENTION_TERMS wgaOwnRiskBearerDossierYears (Wet WIA, own risk for the WGA up to 10 years): 2022-03-15 + 10 years.
    ['WGA own-risk bearer keeps ten years', { wgaOwnRiskBearer: true }, '2027-03-15', '2032-03-15', false],
    ['WGA own-risk bearer after ten years', { wgaOwnRiskBearer: true }, '2032-03-15', '2032-03-15', true],
    ['own risk for both: the longer WGA term', { ownRiskBearer: true, wgaOwnRiskBearer: true }, '2027-03-15', '2032-03-15', false],
    ['an open case is kept, even after the employment ended', { caseClosedOn: null, employmentEndedOn: '2020-01-31' }, '2026-01-01', '2022-01-31', false],
    ['a legal hold keeps everything', { legalHold: true }, '2030-01-01', '2024-03-15', false],
    ['29 February closes to 28 February two years on', { caseClosedOn: '2024-02-29' }, '2026-02-28', '2026-02-28', true],
  ])('%s', (_name, overrides, today, dueOn, purge) => {
    const decision = retentionDecision({ ...base, ...overrides }, DEFAULT_RETENTION_POLICY, today);
    expect(decision.dossierDueOn).toBe(dueOn);
    expect(decision.purgeDossier).toBe(purge);
  });

  it.each<[string, Partial<RetentionFacts>, string, boolean]>([
    ['medical notes stay twenty years after their last change', {}, '2041-02-01', false],
    ['and go on that day', {}, '2042-02-01', true],
    ['no notes, nothing to purge', { medicalNotesChangedOn: null }, '2090-01-01', false],
    ['a legal hold keeps them', { legalHold: true }, '2090-01-01', false],
  ])('%s', (_name, overrides, today, purge) => {
    expect(retentionDecision({ ...base, ...overrides }, DEFAULT_RETENTION_POLICY, today).purgeMedicalNotes).toBe(purge);
  });
});
