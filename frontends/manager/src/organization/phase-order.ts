import { CaseStatus } from '@terugkeer/domain';

const PROCESS_ORDER: readonly string[] = Object.values(CaseStatus);

/** Phases as a case goes through them, from the sick report to closing; a phase this build does not know goes last. */
export function inProcessOrder<P extends { phase: string }>(phases: readonly P[]): P[] {
  const rank = (phase: string) => (PROCESS_ORDER.includes(phase) ? PROCESS_ORDER.indexOf(phase) : PROCESS_ORDER.length);
  return [...phases].sort((a, b) => rank(a.phase) - rank(b.phase));
}
