import { resourcesScore, type CheckInScores } from './check-in';

export type DipReason = 'DEMANDS_EXCEED_RESOURCES' | 'ENERGY_BELOW_RECENT';

export interface DipRules {
  /** How far below the recent mean energy must fall to count as a dip. */
  energyDropPoints: number;
  /** How many of the latest check-ins form the baseline. */
  baselineWindow: number;
  /** Fewer recent check-ins than this give no baseline. */
  minimumBaselineCheckIns: number;
}

export const DIP_RULES: DipRules = { energyDropPoints: 2, baselineWindow: 4, minimumBaselineCheckIns: 2 };

export interface DipResult {
  isDip: boolean;
  reasons: DipReason[];
  demands: number;
  resources: number;
  energyBaseline: number | null;
}

/** `recent` in chronological order, the current check-in not included. */
export function detectDip(current: CheckInScores, recent: readonly CheckInScores[], rules: Partial<DipRules> = {}): DipResult {
  const { energyDropPoints, baselineWindow, minimumBaselineCheckIns } = { ...DIP_RULES, ...rules };
  const resources = resourcesScore(current);
  const window = recent.slice(-baselineWindow);
  const energyBaseline = window.length >= minimumBaselineCheckIns ? window.reduce((sum, scores) => sum + scores.energy, 0) / window.length : null;

  const reasons: DipReason[] = [];
  if (current.demands > resources) reasons.push('DEMANDS_EXCEED_RESOURCES');
  if (energyBaseline !== null && energyBaseline - current.energy >= energyDropPoints) reasons.push('ENERGY_BELOW_RECENT');
  return { isDip: reasons.length > 0, reasons, demands: current.demands, resources, energyBaseline };
}
