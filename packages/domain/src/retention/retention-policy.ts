/** How long an organization keeps what, in whole years; per organization, these are the defaults. */
export interface RetentionPolicy {
  /** After the case closed or the employment ended, whichever came first. */
  dossierYears: number;
  /** Replaces `dossierYears` for an own-risk bearer for the Ziektewet (eigenrisicodrager ZW). */
  ownRiskBearerDossierYears: number;
  /** Replaces both for an own-risk bearer for the WGA (eigenrisicodrager WGA), whose risk runs far longer. */
  wgaOwnRiskBearerDossierYears: number;
  /** After the last change of the company doctor's medical notes. */
  medicalNotesYears: number;
}

export type RetentionTerm = keyof RetentionPolicy;

/** Each default term and where it comes from; the defaults below are this table. */
export const RETENTION_TERMS: readonly { term: RetentionTerm; years: number; source: string }[] = [
  {
    term: 'dossierYears',
    years: 2,
    source:
      'Autoriteit Persoonsgegevens, "Bewaartermijnen verzuimgegevens": at most 2 years after the absence or the employment ended (art. 5 lid 1 sub e AVG)',
  },
  {
    term: 'ownRiskBearerDossierYears',
    years: 5,
    source: 'Autoriteit Persoonsgegevens, guidance on absence data: an own-risk bearer (eigenrisicodrager) keeps them 5 years',
  },
  {
    term: 'wgaOwnRiskBearerDossierYears',
    years: 10,
    source:
      'Wet WIA, hoofdstuk 8 (art. 82 ff.): an own-risk bearer for the WGA pays a former employee’s WGA benefit for up to 10 years and needs the re-integration file for that time',
  },
  { term: 'medicalNotesYears', years: 20, source: 'art. 7:454 lid 3 BW (WGBO): medical records 20 years after the last change' },
];

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = Object.fromEntries(
  RETENTION_TERMS.map(({ term, years }) => [term, years]),
) as unknown as RetentionPolicy;
