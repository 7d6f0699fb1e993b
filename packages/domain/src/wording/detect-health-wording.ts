import { HEALTH_VOCABULARY, NON_HEALTH_PREFIXES, type HealthCategory, type HealthTerm } from './health-vocabulary';
import { normalizeText } from './normalize-text';

export interface HealthWording {
  /** The words as written in the text. */
  term: string;
  index: number;
  length: number;
  category: HealthCategory;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

interface Hit {
  first: number;
  last: number;
  entry: HealthTerm;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function forms(word: string): string[] {
  return [...new Set([word, word.replaceAll('-', ''), ...word.split('-')])];
}

function matches(word: string, term: string, how: HealthTerm['match']): boolean {
  return forms(word).some((form) => (how === 'WORD' ? form === term : how === 'PREFIX' ? form.startsWith(term) : form.includes(term)));
}

/** The entry matches at token `first`; returns the index of its last token, or -1. */
function matchAt(tokens: Token[], text: string, first: number, entry: HealthTerm): number {
  const words = entry.term.split(' ');
  const last = first + words.length - 1;
  if (last >= tokens.length) return -1;
  for (let i = first; i < last; i++) {
    if (tokens[i].word !== words[i - first] || text.slice(tokens[i].end, tokens[i + 1].start).trim() !== '') return -1;
  }
  return matches(tokens[last].word, words[words.length - 1], entry.match) ? last : -1;
}

/**
 * Finds words that reveal health details, which a Dutch employer may not record.
 * Matching ignores case and diacritics; where matches overlap the widest wins, then the longest term.
 */
export function detectHealthWording(original: string): HealthWording[] {
  const { text, starts, ends } = normalizeText(original);
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));

  const hits: Hit[] = [];
  tokens.forEach((token, first) => {
    if (NON_HEALTH_PREFIXES.some((prefix) => token.word.replaceAll('-', '').startsWith(prefix))) return;
    for (const entry of HEALTH_VOCABULARY) {
      const last = matchAt(tokens, text, first, entry);
      if (last >= 0) hits.push({ first, last, entry });
    }
  });

  hits.sort((a, b) => a.first - b.first || b.last - a.last || b.entry.term.length - a.entry.term.length);
  const found: HealthWording[] = [];
  let coveredUntil = -1;
  for (const { first, last, entry } of hits) {
    if (first <= coveredUntil) continue;
    coveredUntil = last;
    const index = starts[tokens[first].start];
    const length = ends[tokens[last].end - 1] - index;
    found.push({ term: original.slice(index, index + length), index, length, category: entry.category });
  }
  return found;
}
