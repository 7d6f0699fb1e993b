import { at, datePart, fromMinutes, overlaps, timeToMinutes, toMinutes, toSlot } from './local-date-time';

describe('local date-times', () => {
  it.each([
    ['09:00', 540], // 9 × 60
    ['17:30', 1050], // 17 × 60 + 30
    ['00:00', 0],
    ['23:59', 1439],
  ])('%s is %i minutes after midnight', (time, minutes) => {
    expect(timeToMinutes(time)).toBe(minutes);
  });

  it.each(['9:00', '24:00', '12:60', 'noon'])('rejects time %p', (time) => {
    expect(() => timeToMinutes(time)).toThrow(RangeError);
  });

  it.each(['2025-01-06 09:00', '2025-01-06', '2025-02-30T09:00', '2025-01-06T09:00T1'])('rejects date-time %p', (value) => {
    expect(() => toMinutes(value)).toThrow(RangeError);
  });

  it.each([
    ['2025-01-06T16:30', 90, '2025-01-06T18:00'],
    ['2025-01-06T23:30', 60, '2025-01-07T00:30'], // crosses midnight
    ['2025-03-30T01:30', 60, '2025-03-30T02:30'], // wall-clock time: daylight saving does not apply
  ])('%s + %i minutes is %s', (start, minutes, end) => {
    expect(fromMinutes(toMinutes(start) + minutes)).toBe(end);
  });

  it('combines and splits date and time', () => {
    expect(at('2025-01-06', '09:00')).toBe('2025-01-06T09:00');
    expect(datePart('2025-01-06T09:00')).toBe('2025-01-06');
  });

  it.each([
    ['10:00', '11:00', '11:00', '12:00', false], // back to back
    ['10:00', '11:30', '11:00', '12:00', true],
    ['10:00', '12:00', '10:30', '11:00', true], // contains
    ['13:00', '14:00', '10:00', '11:00', false],
  ])('%s–%s overlaps %s–%s: %s', (s1, e1, s2, e2, expected) => {
    const slot = (s: string, e: string) => toSlot({ start: `2025-01-06T${s}`, end: `2025-01-06T${e}` });
    expect(overlaps(slot(s1, e1), slot(s2, e2))).toBe(expected);
  });

  it('rejects an interval that ends before it starts', () => {
    expect(() => toSlot({ start: '2025-01-06T11:00', end: '2025-01-06T10:00' })).toThrow(RangeError);
  });
});
