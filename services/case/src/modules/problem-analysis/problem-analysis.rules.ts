import { ADVISED_BUILD_UP_LIMITS, type AdvisedBuildUp, type Violation } from '@terugkeer/domain';
import { ProblemAnalysisOccasion } from './problem-analysis.types';

export const MAX_ITEM_LENGTH = 1000;
export const MAX_ADVICE_LENGTH = 5000;

export interface CapabilityProfileText {
  possibilities: string[];
  limitations: string[];
  expectedDuration: string | null;
  advice: string;
  employeeNeeds: string | null;
}

function text(field: string, value: string, max: number): Violation[] {
  if (!value.trim()) return [{ field, code: 'EMPTY', message: `${field} must not be empty` }];
  return value.length > max ? [{ field, code: 'TOO_LONG', message: `${field} must be at most ${max} characters`, values: { max } }] : [];
}

function hours(field: string, value: number | null): Violation[] {
  const { min, max } = ADVISED_BUILD_UP_LIMITS;
  if (value === null || (value >= min && value <= max && Number.isInteger(value * 2))) return [];
  return [{ field, code: 'OUT_OF_RANGE', message: `${field} must lie between ${min} and ${max}, in half hours`, values: { min, max } }];
}

export function validateCapabilityProfile(profile: CapabilityProfileText & { advisedBuildUp?: AdvisedBuildUp | null }): Violation[] {
  return [
    ...hours('advisedMaxHoursPerWeek', profile.advisedBuildUp?.maxHoursPerWeek ?? null),
    ...hours('advisedMaxIncreasePerWeek', profile.advisedBuildUp?.maxIncreasePerWeek ?? null),
    ...profile.possibilities.flatMap((item, i) => text(`possibilities[${i}]`, item, MAX_ITEM_LENGTH)),
    ...profile.limitations.flatMap((item, i) => text(`limitations[${i}]`, item, MAX_ITEM_LENGTH)),
    ...(profile.expectedDuration === null ? [] : text('expectedDuration', profile.expectedDuration, MAX_ITEM_LENGTH)),
    ...text('advice', profile.advice, MAX_ADVICE_LENGTH),
    ...(profile.employeeNeeds === null ? [] : text('employeeNeeds', profile.employeeNeeds, MAX_ITEM_LENGTH)),
  ];
}

/** The first analysis is INITIAL; every later version says what it follows: a relapse or a change. */
export function occasionOf(latestVersion: number, requested: ProblemAnalysisOccasion | null): ProblemAnalysisOccasion | Violation {
  if (latestVersion === 0) {
    return requested === null || requested === ProblemAnalysisOccasion.INITIAL
      ? ProblemAnalysisOccasion.INITIAL
      : { field: 'occasion', code: 'NOT_AN_UPDATE', message: 'occasion: the first problem analysis is INITIAL' };
  }
  return requested === ProblemAnalysisOccasion.RELAPSE || requested === ProblemAnalysisOccasion.CHANGE
    ? requested
    : { field: 'occasion', code: 'UPDATE_NEEDS_OCCASION', message: 'occasion: an update follows a RELAPSE or a CHANGE' };
}
