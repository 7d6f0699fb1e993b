import { contactAgreementLabels, formatLongDate, labelOf, milestoneKindLabels } from '.';

describe('formatLongDate', () => {
  it.each([
    ['2026-12-04', 'nl', '4 december 2026'],
    ['2026-12-04', 'en', '4 December 2026'],
    ['2024-02-29', 'nl', '29 februari 2024'],
    ['2027-01-01', 'en', '1 January 2027'],
  ] as const)('%s in %s is %s', (iso, locale, expected) => {
    expect(formatLongDate(iso, locale)).toBe(expected);
  });

  it('leaves what is not a calendar date as it was, and prints nothing for nothing', () => {
    expect(formatLongDate('2026-13-45', 'nl')).toBe('2026-13-45');
    expect(formatLongDate('next week', 'nl')).toBe('next week');
    expect(formatLongDate(null, 'nl')).toBe('');
  });
});

describe('labelOf', () => {
  it('names a code in the asked language, and falls back to the code for one this build does not know', () => {
    expect(labelOf(contactAgreementLabels, 'BIWEEKLY', 'nl')).toBe('Elke twee weken');
    expect(labelOf(milestoneKindLabels, 'PROBLEM_ANALYSIS', 'en')).toBe('Problem analysis');
    expect(labelOf(contactAgreementLabels, 'FORTNIGHTLY_NEW', 'nl')).toBe('FORTNIGHTLY_NEW');
    expect(labelOf(contactAgreementLabels, null, 'nl')).toBe('');
  });

  it('has both languages for every label', () => {
    for (const catalogue of [contactAgreementLabels, milestoneKindLabels]) {
      for (const label of Object.values(catalogue)) {
        expect(label.nl.length).toBeGreaterThan(0);
        expect(label.en.length).toBeGreaterThan(0);
      }
    }
  });
});
