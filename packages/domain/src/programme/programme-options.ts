import { timeToMinutes } from './local-date-time';
import { DEFAULT_PROGRAMME_OPTIONS, type ProgrammeOptions, type SessionKind, type SessionMinutes } from './types';

export function resolveProgrammeOptions(overrides: Partial<ProgrammeOptions>): ProgrammeOptions {
  const options: ProgrammeOptions = {
    weeks: overrides.weeks ?? DEFAULT_PROGRAMME_OPTIONS.weeks,
    sessionMinutes: overrides.sessionMinutes ?? DEFAULT_PROGRAMME_OPTIONS.sessionMinutes,
    dayStart: overrides.dayStart ?? DEFAULT_PROGRAMME_OPTIONS.dayStart,
    dayEnd: overrides.dayEnd ?? DEFAULT_PROGRAMME_OPTIONS.dayEnd,
    stepMinutes: overrides.stepMinutes ?? DEFAULT_PROGRAMME_OPTIONS.stepMinutes,
  };
  if (!Number.isInteger(options.weeks) || options.weeks < 1) throw new RangeError(`weeks must be ≥ 1: ${options.weeks}`);
  if (!(options.stepMinutes > 0)) throw new RangeError(`stepMinutes must be positive: ${options.stepMinutes}`);
  if (!(options.sessionMinutes.reflection > 0 && options.sessionMinutes.dialogue > 0)) {
    throw new RangeError('Session minutes must be positive');
  }
  if (timeToMinutes(options.dayEnd) <= timeToMinutes(options.dayStart)) {
    throw new RangeError(`Working day ends before it starts: ${options.dayStart}–${options.dayEnd}`);
  }
  return options;
}

export function sessionDuration(kind: SessionKind, minutes: SessionMinutes): number {
  return kind === 'REFLECTION' ? minutes.reflection : minutes.dialogue;
}

/** Minutes booked per week: one reflection and two dialogues (60 + 2 × 90 = 240 by default). */
export function weeklyProgrammeMinutes(minutes: SessionMinutes = DEFAULT_PROGRAMME_OPTIONS.sessionMinutes): number {
  return minutes.reflection + 2 * minutes.dialogue;
}
