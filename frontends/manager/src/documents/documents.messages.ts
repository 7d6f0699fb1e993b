import { createMessages } from '@terugkeer/ui';

export const messages = createMessages({
  actionPlan: { nl: 'Plan van aanpak (PDF) van {name}', en: 'Plan of action (PDF) of {name}' },
  actionPlanShort: { nl: 'Plan van aanpak', en: 'Plan of action' },
  progressReport: { nl: 'Voortgangsrapport (PDF) van {name}', en: 'Progress report (PDF) of {name}' },
  progressReportShort: { nl: 'Voortgangsrapport', en: 'Progress report' },
  failed: { nl: 'Het document kon niet worden gemaakt.', en: 'The document could not be made.' },
});
