/** How long an organization keeps what, in whole years; per organization, these are the defaults. */
export interface RetentionPolicy {
  /** After the case closed or the employment ended, whichever came first. */
  dossierYears: number;
  /** Replaces `dossierYears` for an own-risk bearer (eigenrisicodrager ZW/WGA). */
  ownRiskBearerDossierYears: number;
  /** After the last change of the company doctor's medical notes. */
  medicalNotesYears: number;
}

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = {
  dossierYears: 2,
  ownRiskBearerDossierYears: 5,
  medicalNotesYears: 20,
};
