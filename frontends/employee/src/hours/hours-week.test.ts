import { localDay, weekToEnter } from './hours-week';

const weeks = [{ weekStart: '2026-11-02' }, { weekStart: '2026-11-09' }, { weekStart: '2026-11-16' }, { weekStart: '2026-11-30' }];

describe('the week the hours form opens on', () => {
  it.each([
    ['a Monday opens its own week', '2026-11-09', '2026-11-09'],
    ['a Sunday still belongs to the week before', '2026-11-15', '2026-11-09'],
    ['a day in a gap of the schedule opens the last week before it', '2026-11-25', '2026-11-16'],
    ['before the schedule starts, its first week', '2026-10-20', '2026-11-02'],
    ['after it ends, its last week', '2027-01-10', '2026-11-30'],
  ])('%s', (_, today, expected) => {
    expect(weekToEnter(weeks, today)).toBe(expected);
  });

  it('has none to open without a schedule', () => {
    expect(weekToEnter([], '2026-11-09')).toBeNull();
  });

  it('takes the day where the person is', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
