import { lastTwelveMonths, seriesLines, type SeriesRow } from './analyst-series';

const row = (period: string, department: string | null, metric: string, value: number | null, suppressed = false): SeriesRow => ({
  period,
  organization: 'Zorggroep Demo',
  departmentId: department && `id-${department}`,
  department,
  metric,
  value,
  suppressed,
});

describe('the analyst screen’s series', () => {
  it('folds the metrics of a month and group into one line, the organization first, and keeps a suppressed group marked', () => {
    const lines = seriesLines([
      row('2026-02', 'Zorg', 'ABSENCE_PERCENTAGE', null, true),
      row('2026-01', null, 'NEW_REPORTS', 3),
      row('2026-01', null, 'ABSENCE_PERCENTAGE', 4.2),
      row('2026-02', 'Zorg', 'NEW_REPORTS', null, true),
      row('2026-01', 'Zorg', 'ABSENCE_PERCENTAGE', 5.1),
    ]);
    expect(
      lines.map(({ period, department, absencePercentage, newReports, suppressed }) => [period, department, absencePercentage, newReports, suppressed]),
    ).toEqual([
      ['2026-01', null, 4.2, 3, false],
      ['2026-01', 'Zorg', 5.1, null, false],
      ['2026-02', 'Zorg', null, null, true],
    ]);
  });

  it.each([
    ['2026-12-04', { from: '2025-12-01', to: '2026-11-30' }],
    ['2026-01-15', { from: '2025-01-01', to: '2025-12-31' }],
    ['2024-03-01', { from: '2023-03-01', to: '2024-02-29' }],
  ])('on %s covers the twelve whole months before', (today, expected) => {
    expect(lastTwelveMonths(new Date(`${today}T12:00:00Z`))).toEqual(expected);
  });
});
