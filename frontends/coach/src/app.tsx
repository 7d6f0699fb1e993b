import { areaPath, lazyScreen, navigate, useAppRoute, useOpenedTab } from '@terugkeer/frontend-kit';
import { EmptyState, LoadingState, Tabs, createMessages, useT } from '@terugkeer/ui';
import { Suspense, useState } from 'react';
import type { CaseRequest } from './caseload/case-request';
import { CoachCaseload } from './caseload/coach-caseload';
import type { CoachTab } from './caseload/coach-todos';

const messages = createMessages({
  sections: { nl: 'Onderdelen', en: 'Sections' },
  caseload: { nl: 'Mijn trajecten', en: 'My cases' },
  programme: { nl: 'Programma', en: 'Programme' },
  alerts: { nl: 'Signalen en escalatie', en: 'Alerts and escalation' },
  relapse: { nl: 'Signaleringsplan', en: 'Relapse plan' },
  talks: { nl: 'Driegesprekken', en: 'Three-way talks' },
  reports: { nl: 'Gespreksverslagen', en: 'Session reports' },
  pageNotFound: { nl: 'Deze pagina bestaat niet', en: 'This page does not exist' },
  pageNotFoundHint: { nl: 'Kies een van de onderdelen hierboven.', en: 'Pick one of the sections above.' },
});

// The first tab comes with the remote; the other screens load when first opened.
const CoachAlerts = lazyScreen(() => import('./alerts/coach-alerts'), 'CoachAlerts');
const CoachCasePage = lazyScreen(() => import('./case-page/coach-case-page'), 'CoachCasePage');
const CaseProgramme = lazyScreen(() => import('./programme/case-programme'), 'CaseProgramme');
const CoachRelapsePlans = lazyScreen(() => import('./relapse/coach-relapse-plans'), 'CoachRelapsePlans');
const CoachSessionReports = lazyScreen(() => import('./sessions/coach-session-reports'), 'CoachSessionReports');
const ThreeWayTalks = lazyScreen(() => import('./talks/three-way-talks'), 'ThreeWayTalks');

const AREA = 'coach';

/** The coach remote: its pages and a page per case, each at its own address; a to-do on the caseload opens its tab on its case. */
export default function App() {
  const t = useT(messages);
  const route = useAppRoute();
  const [request, setRequest] = useState<CaseRequest | null>(null);
  const page = route.kind === 'area' ? (route.page ?? 'caseload') : 'caseload';
  const { containerRef, opening } = useOpenedTab(page);

  if (route.kind === 'case') {
    return (
      <Suspense fallback={<LoadingState />}>
        <CoachCasePage key={route.caseId} caseId={route.caseId} section={route.section} />
      </Suspense>
    );
  }
  const show = (id: string) => navigate(areaPath(AREA, id === 'caseload' ? null : id));
  const openCase = (target: CoachTab, caseId: string) => {
    setRequest({ caseId });
    opening();
    show(target);
  };
  const tabs = [
    { id: 'caseload', label: t('caseload'), content: <CoachCaseload onOpen={openCase} /> },
    { id: 'programme', label: t('programme'), content: <CaseProgramme request={request} /> },
    { id: 'alerts', label: t('alerts'), content: <CoachAlerts /> },
    { id: 'relapse', label: t('relapse'), content: <CoachRelapsePlans request={request} /> },
    { id: 'talks', label: t('talks'), content: <ThreeWayTalks /> },
    { id: 'reports', label: t('reports'), content: <CoachSessionReports request={request} /> },
  ];
  const known = tabs.some((tab) => tab.id === page);
  return (
    <div ref={containerRef}>
      <Tabs label={t('sections')} selectedId={known ? page : ''} onSelect={show} tabs={tabs} />
      {!known && <EmptyState title={t('pageNotFound')} description={t('pageNotFoundHint')} />}
    </div>
  );
}
