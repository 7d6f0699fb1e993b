import { Tabs, createMessages, useT } from '@terugkeer/ui';
import { CoachCaseload } from './caseload/coach-caseload';
import { CoachSessionReports } from './sessions/coach-session-reports';

const messages = createMessages({
  sections: { nl: 'Onderdelen', en: 'Sections' },
  caseload: { nl: 'Mijn trajecten', en: 'My cases' },
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
        { id: 'reports', label: t('reports'), content: <CoachSessionReports /> },
      ]}
    />
  );
}
