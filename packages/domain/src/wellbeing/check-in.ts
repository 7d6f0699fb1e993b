import type { Violation } from '../validation/violation';

/** Self-scores 1..10 on the Job Demands–Resources model: higher demands weigh, higher resources help. */
export interface CheckInScores {
  energy: number;
  mood: number;
  sleep: number;
  demands: number;
  autonomy: number;
  recognition: number;
  socialSupport: number;
}

export type CheckInField = keyof CheckInScores;

export const CHECK_IN_FIELDS: readonly CheckInField[] = ['energy', 'mood', 'sleep', 'demands', 'autonomy', 'recognition', 'socialSupport'];

export const CHECK_IN_SCALE = { min: 1, max: 10 } as const;

export function validateCheckIn(scores: Partial<Record<CheckInField, unknown>>): Violation[] {
  const { min, max } = CHECK_IN_SCALE;
  return CHECK_IN_FIELDS.flatMap((field): Violation[] => {
    const value = scores[field];
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return [{ field, code: 'NOT_AN_INTEGER', message: `${field} must be a whole number from ${min} to ${max}`, values: { min, max } }];
    }
    if (value < min || value > max) {
      return [{ field, code: 'OUT_OF_RANGE', message: `${field} must lie between ${min} and ${max}, got ${value}`, values: { min, max } }];
    }
    return [];
  });
}

export function resourcesScore(scores: CheckInScores): number {
  return (scores.autonomy + scores.recognition + scores.socialSupport) / 3;
}
