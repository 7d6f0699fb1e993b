import { controlCharacterIn } from './control-characters';

describe('control characters', () => {
  it.each([
    ['plain text', true, null],
    ['two\nlines\r\nand a\ttab', true, null],
    ['two\nlines', false, 'U+000A'],
    ['nul \u0000 byte', true, 'U+0000'],
    ['bell \u0007', true, 'U+0007'],
    ['escape \u001b[31m', true, 'U+001B'],
    ['delete \u007f', true, 'U+007F'],
    ['c1 \u0085 next line', true, 'U+0085'],
    ['𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ نص é', true, null],
    ['zero width\u200b space is not a control character', false, null],
  ])('%j (free text: %s) holds %s', (text, freeText, expected) => {
    expect(controlCharacterIn(text, { freeText })).toBe(expected);
  });
});
