import { Tabs, createMessages, useT } from '@terugkeer/ui';
import { CoachAlerts } from './alerts/coach-alerts';
import { CoachCaseload } from './caseload/coach-caseload';
import { CaseProgramme } from './programme/case-programme';
import { CoachSessionReports } from './sessions/coach-session-reports';
import { ThreeWayTalks } from './talks/three-way-talks';

const messages = createMessages({
  sections: { nl: 'Onderdelen', en: 'Sections' },
  caseload: { nl: 'Mijn trajecten', en: 'My cases' },
  programme: { nl: 'Programma', en: 'Programme' },
  alerts: { nl: 'Signalen en escalatie', en: 'Alerts and escalation' },
  talks: { nl: 'Driegesprekken', en: 'Three-way talks' },
  reports: { nl: 'Gespreksverslagen', en: 'Session reports' },
});

/** The coach remote. */
export default function App() {
  const t = useT(messages);
  return (
    <Tabs
      label={t('sections')}
      tabs={[
        { id: 'caseload', label: t('caseload'), content: <CoachCaseload /> },
        { id: 'programme', label: t('programme'), content: <CaseProgramme /> },
        { id: 'alerts', label: t('alerts'), content: <CoachAlerts /> },
        { id: 'talks', label: t('talks'), content: <ThreeWayTalks /> },
        { id: 'reports', label: t('reports'), content: <CoachSessionReports /> },
      ]}
    />
  );
}
