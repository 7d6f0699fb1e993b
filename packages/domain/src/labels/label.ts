/** A text in each language the product speaks; the UI's message catalogues and the PDF exports read the same ones. */
export type LabelLocale = 'nl' | 'en';
export type Label = Readonly<Record<LabelLocale, string>>;
export type Labels = Readonly<Record<string, Label>>;

/** Keeps every string literal, so a catalogue built from these still checks its placeholders. */
export function defineLabels<const L extends Labels>(labels: L): L {
  return labels;
}

/** The label for a code, or the code itself when the catalogue does not know it (a newer code than this build). */
export function labelOf(labels: Labels, code: string | null | undefined, locale: LabelLocale): string {
  if (!code) return '';
  return labels[code]?.[locale] ?? code;
}
