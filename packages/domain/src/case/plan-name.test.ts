import { REINTEGRATION_PLAN_NAME } from './plan-name';

describe('the name of the re-integration plan', () => {
  it.each([
    // Regeling procesgang: the Dutch plan van aanpak.
    ['NL', 'Plan van aanpak', 'Plan of action', /Regeling procesgang/],
    // Codex welzijn op het werk art. I.4-74: the Belgian re-integratieplan.
    ['BE', 'Re-integratieplan', 'Re-integration plan', /I\.4-74/],
  ] as const)('%s: %s / %s', (jurisdiction, nl, en, source) => {
    expect(REINTEGRATION_PLAN_NAME[jurisdiction]).toEqual({ nl, en, source: expect.stringMatching(source) });
  });
});
