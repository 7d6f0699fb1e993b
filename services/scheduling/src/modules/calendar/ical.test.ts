import { escapeText, foldLine, renderCalendar, utcStamp } from './ical';

describe('iCalendar text', () => {
  it.each([
    ['plain', 'Reflectiegesprek', 'Reflectiegesprek'],
    ['comma and semicolon', 'Joost, Sanne; Daan', 'Joost\\, Sanne\\; Daan'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['newlines', 'one\ntwo\r\nthree', 'one\\ntwo\\nthree'],
  ])('escapes %s', (_label, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it.each([
    ['a short line stays', 'SUMMARY:kort', 1],
    ['75 octets stay on one line', `X:${'a'.repeat(73)}`, 1],
    ['76 octets fold once', `X:${'a'.repeat(74)}`, 2],
    ['multi-byte characters', `X:${'é'.repeat(100)}`, 3],
  ])('folds %s', (_label, line, expectedLines) => {
    const folded = foldLine(line).split('\r\n');
    expect(folded).toHaveLength(expectedLines);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it.each([
    [new Date('2026-03-02T08:00:00.000Z'), '20260302T080000Z'],
    [new Date('2026-12-31T23:59:59.999Z'), '20261231T235959Z'],
  ])('writes %s in UTC as %s', (date, expected) => {
    expect(utcStamp(date)).toBe(expected);
  });

  it('ends every line with CRLF and publishes', () => {
    const text = renderCalendar('Agenda', [], new Date('2026-03-02T08:00:00Z'));
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Terugkeer//Scheduling//NL',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
  });
});
