import { localDateTime } from '@terugkeer/frontend-kit';

/** The company doctor's advice over time: analyses, escalations taken up, consultations held. */
export type AdviceEntry =
  | { kind: 'ANALYSIS'; date: string; version: number; occasion: string; advice: string; possibilities: readonly string[]; limitations: readonly string[] }
  | { kind: 'ESCALATION'; date: string; reason: string; note: string }
  | { kind: 'CONSULTATION'; date: string; appointmentKind: string; startsAt: string };

export interface AdviceSources {
  problemAnalyses: ReadonlyArray<{
    version: number;
    occasion: string;
    recordedOn: string;
    capabilityProfile: { advice: string; possibilities: readonly string[]; limitations: readonly string[] };
  }>;
  escalations?: ReadonlyArray<{ reason: string; status: string; acknowledgedAt?: string | null; acknowledgementNote?: string | null }> | null;
  /** Null when scheduling could not answer. */
  appointments: ReadonlyArray<{ kind: string; startsAt: string; status: string }> | null;
}

const CONSULTATIONS = new Set(['COMPANY_DOCTOR_CONSULT', 'PROBLEM_ANALYSIS_CONSULT']);

/** Newest first; on the same day an analysis comes before the consultation it followed. */
export function adviceTimeline({ problemAnalyses, escalations, appointments }: AdviceSources): AdviceEntry[] {
  const entries: AdviceEntry[] = [
    ...problemAnalyses.map((a): AdviceEntry => ({ kind: 'ANALYSIS', date: a.recordedOn, version: a.version, occasion: a.occasion, ...a.capabilityProfile })),
    ...(escalations ?? []).flatMap(({ status, acknowledgedAt, reason, acknowledgementNote }): AdviceEntry[] =>
      status === 'ACKNOWLEDGED' && acknowledgedAt
        ? [{ kind: 'ESCALATION', date: localDateTime(acknowledgedAt).date, reason, note: acknowledgementNote ?? '' }]
        : [],
    ),
    ...(appointments ?? [])
      .filter((a) => CONSULTATIONS.has(a.kind) && a.status === 'HELD')
      .map((a): AdviceEntry => ({ kind: 'CONSULTATION', date: localDateTime(a.startsAt).date, appointmentKind: a.kind, startsAt: a.startsAt })),
  ];
  const rank = { ANALYSIS: 0, ESCALATION: 1, CONSULTATION: 2 };
  return entries.sort((a, b) => b.date.localeCompare(a.date) || rank[a.kind] - rank[b.kind]);
}
