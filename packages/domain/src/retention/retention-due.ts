import { addMonths } from '../calendar/add-months';
import { compareIsoDates, type IsoDate } from '../calendar/iso-date';
import type { RetentionPolicy } from './retention-policy';

export interface RetentionFacts {
  /** Recovery or closing date; null while the case is open. */
  caseClosedOn: IsoDate | null;
  /** Last day of the employment; null while employed. */
  employmentEndedOn: IsoDate | null;
  /** Own-risk bearer for the Ziektewet. */
  ownRiskBearer: boolean;
  /** Own-risk bearer for the WGA; the longer of the terms that apply is kept. */
  wgaOwnRiskBearer: boolean;
  /** Last change of the medical notes; null when there are none. */
  medicalNotesChangedOn: IsoDate | null;
  /** A legal hold (a dispute, a UWV procedure) keeps everything until it is lifted. */
  legalHold: boolean;
}

export interface RetentionDecision {
  /** First day the dossier may be deleted; null while its period has not started. */
  dossierDueOn: IsoDate | null;
  medicalNotesDueOn: IsoDate | null;
  purgeDossier: boolean;
  purgeMedicalNotes: boolean;
}

const earliest = (dates: (IsoDate | null)[]): IsoDate | null => dates.filter((d): d is IsoDate => d !== null).sort(compareIsoDates)[0] ?? null;

const plusYears = (date: IsoDate | null, years: number) => (date ? addMonths(date, years * 12) : null);

const isDue = (dueOn: IsoDate | null, today: IsoDate) => dueOn !== null && compareIsoDates(dueOn, today) <= 0;

/** What the scheduled purge may remove of one case today. */
export function retentionDecision(facts: RetentionFacts, policy: RetentionPolicy, today: IsoDate): RetentionDecision {
  const years = Math.max(
    policy.dossierYears,
    facts.ownRiskBearer ? policy.ownRiskBearerDossierYears : 0,
    facts.wgaOwnRiskBearer ? policy.wgaOwnRiskBearerDossierYears : 0,
  );
  const dossierDueOn = plusYears(earliest([facts.caseClosedOn, facts.employmentEndedOn]), years);
  const medicalNotesDueOn = plusYears(facts.medicalNotesChangedOn, policy.medicalNotesYears);
  return {
    dossierDueOn,
    medicalNotesDueOn,
    // An open case is never purged, even after the employment ended: the dossier is still in use.
    purgeDossier: !facts.legalHold && facts.caseClosedOn !== null && isDue(dossierDueOn, today),
    purgeMedicalNotes: !facts.legalHold && isDue(medicalNotesDueOn, today),
  };
}
