import { weeklyTrend } from './check-in-trend';

describe('the weekly check-in trend', () => {
  it('averages each ISO week, Monday first, oldest week first', () => {
    expect(
      weeklyTrend([
        { date: '2026-11-18', energy: 6, demands: 4, resources: 6 },
        { date: '2026-11-09', energy: 4, demands: 7, resources: 5 },
        { date: '2026-11-22', energy: 8, demands: 6, resources: 7 },
      ]),
    ).toEqual([
      { weekStart: '2026-11-09', energy: 4, demands: 7, resources: 5, checkIns: 1 },
      { weekStart: '2026-11-16', energy: 7, demands: 5, resources: 6.5, checkIns: 2 },
    ]);
  });
});
