import { localDateTime } from '@terugkeer/frontend-kit';

export type SessionKind = 'REFLECTION' | 'DIALOGUE' | 'THREE_WAY';

/** A talk a report can be of: an appointment of the case. */
export interface Talk {
  id: string;
  kind: string;
  startsAt: string;
  status: string;
}

const KIND_OF_TALK: Record<string, SessionKind> = { REFLECTION_TALK: 'REFLECTION', DIALOGUE_TALK: 'DIALOGUE', THREE_WAY_TALK: 'THREE_WAY' };

/** The kind of report a talk asks for; null for an appointment that is not a programme or three-way talk. */
export const reportKindOf = (talk: Talk): SessionKind | null => KIND_OF_TALK[talk.kind] ?? null;

/** Talks a report can be written of: programme and three-way talks that have begun and were not cancelled, newest first. */
export function reportableTalks<T extends Talk>(talks: readonly T[], now: Date): T[] {
  return talks
    .filter((talk) => reportKindOf(talk) && talk.status !== 'CANCELLED' && talk.status !== 'NO_SHOW' && Date.parse(talk.startsAt) <= now.getTime())
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

/** The day of the talk on the platform's calendar, the report's "held on". */
export const dayOfTalk = (talk: Talk): string => localDateTime(talk.startsAt).date;
