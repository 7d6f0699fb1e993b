import { isIsoDateTime } from './iso-date-time';

describe('iso date-times', () => {
  it.each([
    ['2026-03-02T09:30:00Z', true],
    ['2026-03-02T09:30Z', true],
    ['2026-03-02T09:30:00.123Z', true],
    ['2026-03-02T10:30:00+01:00', true],
    ['2024-02-29T00:00:00Z', true],
    ['2025-02-29T00:00:00Z', false],
    ['2025-02-30T10:00:00Z', false],
    ['2025-13-01T00:00:00Z', false],
    ['2026-03-02T24:00:00Z', false],
    ['2026-03-02T09:60:00Z', false],
    ['2026-03-02T09:30:00+24:00', false],
    ['2026-03-02T09:30:00', false],
    ['2026-03-02', false],
    ['2025-02-30', false],
    ['2026-03-02T09:30:00Z\u0000', false],
    ['tomorrow', false],
  ])('isIsoDateTime(%j) is %s', (input, expected) => {
    expect(isIsoDateTime(input)).toBe(expected);
  });
});
