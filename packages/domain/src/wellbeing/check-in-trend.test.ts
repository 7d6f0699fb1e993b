import { weeklyCheckInTrend } from './check-in-trend';

describe('the weekly check-in trend', () => {
  it('averages each ISO week, Monday first, oldest week first, and counts its dips', () => {
    expect(
      weeklyCheckInTrend([
        { date: '2026-11-18', energy: 6, demands: 4, resources: 6, dip: false },
        { date: '2026-11-09', energy: 4, demands: 7, resources: 5, dip: true },
        { date: '2026-11-22', energy: 8, demands: 6, resources: 7, dip: false },
      ]),
    ).toEqual([
      { weekStart: '2026-11-09', checkIns: 1, energy: 4, demands: 7, resources: 5, mood: null, sleep: null, dips: 1 },
      { weekStart: '2026-11-16', checkIns: 2, energy: 7, demands: 5, resources: 6.5, mood: null, sleep: null, dips: 0 },
    ]);
  });

  it('puts a Sunday in the week of the Monday before it and a Monday in a week of its own', () => {
    const trend = weeklyCheckInTrend([
      { date: '2026-11-22', energy: 5, demands: 5, resources: 5, dip: false },
      { date: '2026-11-23', energy: 3, demands: 8, resources: 4, dip: true },
    ]);
    expect(trend.map((week) => [week.weekStart, week.checkIns, week.dips])).toEqual([
      ['2026-11-16', 1, 0],
      ['2026-11-23', 1, 1],
    ]);
  });

  it('averages mood and sleep where the check-ins carry them', () => {
    const [week] = weeklyCheckInTrend([
      { date: '2026-11-16', energy: 5, demands: 5, resources: 5, mood: 4, sleep: 3, dip: false },
      { date: '2026-11-18', energy: 5, demands: 5, resources: 5, mood: 7, sleep: 6, dip: false },
    ]);
    expect([week.mood, week.sleep]).toEqual([5.5, 4.5]);
  });

  it('shows no week without a check-in', () => {
    expect(weeklyCheckInTrend([])).toEqual([]);
  });
});
