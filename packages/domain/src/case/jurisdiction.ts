/** Whose law a case follows: the Dutch Poortwachter rules or the Belgian re-integration rules. */
export const Jurisdiction = {
  NL: 'NL',
  BE: 'BE',
} as const;

export type Jurisdiction = (typeof Jurisdiction)[keyof typeof Jurisdiction];
