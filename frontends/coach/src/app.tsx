import { useOpenedTab } from '@terugkeer/frontend-kit';
import { Tabs, createMessages, useT } from '@terugkeer/ui';
import { useState } from 'react';
import { CoachAlerts } from './alerts/coach-alerts';
import type { CaseRequest } from './caseload/case-request';
import { CoachCaseload } from './caseload/coach-caseload';
import type { CoachTab } from './caseload/coach-todos';
import { CaseProgramme } from './programme/case-programme';
import { CoachRelapsePlans } from './relapse/coach-relapse-plans';
import { CoachSessionReports } from './sessions/coach-session-reports';
import { ThreeWayTalks } from './talks/three-way-talks';

const messages = createMessages({
  sections: { nl: 'Onderdelen', en: 'Sections' },
  caseload: { nl: 'Mijn trajecten', en: 'My cases' },
  programme: { nl: 'Programma', en: 'Programme' },
  alerts: { nl: 'Signalen en escalatie', en: 'Alerts and escalation' },
  relapse: { nl: 'Signaleringsplan', en: 'Relapse plan' },
  talks: { nl: 'Driegesprekken', en: 'Three-way talks' },
  reports: { nl: 'Gespreksverslagen', en: 'Session reports' },
});

/** The coach remote; a to-do on the caseload opens its tab on its case. */
export default function App() {
  const t = useT(messages);
  const { tab, setTab, open, containerRef } = useOpenedTab<CoachTab | 'caseload' | 'talks'>('caseload');
  const [request, setRequest] = useState<CaseRequest | null>(null);
  const openCase = (target: CoachTab, caseId: string) => {
    setRequest({ caseId });
    open(target);
  };
  return (
    <div ref={containerRef}>
      <Tabs
        label={t('sections')}
        selectedId={tab}
        onSelect={setTab}
        tabs={[
          { id: 'caseload', label: t('caseload'), content: <CoachCaseload onOpen={openCase} /> },
          { id: 'programme', label: t('programme'), content: <CaseProgramme request={request} /> },
          { id: 'alerts', label: t('alerts'), content: <CoachAlerts /> },
          { id: 'relapse', label: t('relapse'), content: <CoachRelapsePlans request={request} /> },
          { id: 'talks', label: t('talks'), content: <ThreeWayTalks /> },
          { id: 'reports', label: t('reports'), content: <CoachSessionReports request={request} /> },
        ]}
      />
    </div>
  );
}
