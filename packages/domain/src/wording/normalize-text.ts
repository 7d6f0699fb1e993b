export interface NormalizedText {
  /** Lower case, diacritics removed. */
  text: string;
  /** For each normalized character: where its source character starts in the original. */
  starts: number[];
  /** For each normalized character: where its source character ends in the original. */
  ends: number[];
}

/** Folds case and diacritics (é → e, ï → i) while remembering original positions. */
export function normalizeText(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const folded = char.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    for (const unit of folded) {
      text += unit;
      starts.push(index);
      ends.push(index + char.length);
    }
    index += char.length;
  }
  return { text, starts, ends };
}
