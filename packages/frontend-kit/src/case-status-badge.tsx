import type { CaseStatus } from '@terugkeer/domain';
import { StatusBadge, createMessages, useT, type BadgeTone } from '@terugkeer/ui';

export type CaseStatusName = CaseStatus;

export const caseStatusMessages = createMessages({
  NEW: { nl: 'Nieuw', en: 'New' },
  PROBLEM_ANALYSIS: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  ACTION_PLAN: { nl: 'Plan van aanpak', en: 'Plan of action' },
  BUILD_UP: { nl: 'Opbouw', en: 'Build-up' },
  RECOVERED: { nl: 'Hersteld', en: 'Recovered' },
  RELAPSE: { nl: 'Terugval', en: 'Relapse' },
  CLOSED: { nl: 'Afgesloten', en: 'Closed' },
});

const TONES: Record<CaseStatusName, BadgeTone> = {
  NEW: 'info',
  PROBLEM_ANALYSIS: 'warning',
  ACTION_PLAN: 'info',
  BUILD_UP: 'info',
  RECOVERED: 'success',
  RELAPSE: 'danger',
  CLOSED: 'neutral',
};

/** The phase of a case as text and colour, never colour alone. */
export function CaseStatusBadge({ status }: { status: CaseStatusName }) {
  const t = useT(caseStatusMessages);
  return <StatusBadge tone={TONES[status]}>{t(status)}</StatusBadge>;
}
