import type { Jurisdiction } from './jurisdiction';

export interface PlanName {
  /** As a title: "Plan van aanpak". */
  nl: string;
  en: string;
  source: string;
}

/**
 * What the agreed re-integration plan is called where the case's law applies: a Dutch screen
 * or document says "plan van aanpak", a Belgian one "re-integratieplan".
 */
export const REINTEGRATION_PLAN_NAME: Record<Jurisdiction, PlanName> = {
  NL: { nl: 'Plan van aanpak', en: 'Plan of action', source: 'Regeling procesgang eerste en tweede ziektejaar (plan van aanpak, week 8); art. 7:658a BW' },
  BE: { nl: 'Re-integratieplan', en: 'Re-integration plan', source: 'Codex welzijn op het werk, art. I.4-74 (re-integratieplan)' },
};
