import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each([
    ['Suïcidaal', 'suicidaal', [0, 1, 2, 3, 4, 5, 6, 7, 8]], // precomposed ï is one character
    // i followed by a combining diaeresis at 3: the mark disappears, "c" keeps its place 4
    ['Sui\u0308cidaal', 'suicidaal', [0, 1, 2, 4, 5, 6, 7, 8, 9]],
    ['CAFÉ', 'cafe', [0, 1, 2, 3]],
  ])('%s folds to %s', (input, text, starts) => {
    const normalized = normalizeText(input);
    expect(normalized.text).toBe(text);
    expect(normalized.starts).toEqual(starts);
  });
});
