import { areaPath, lazyScreen, navigate, useAppRoute } from '@terugkeer/frontend-kit';
import { EmptyState, LoadingState, Tabs, createMessages, useT } from '@terugkeer/ui';
import { DoctorCaseload } from './caseload/doctor-caseload';
import { Suspense } from 'react';

const messages = createMessages({
  sections: { nl: 'Onderdelen', en: 'Sections' },
  caseload: { nl: 'Mijn dossiers', en: 'My cases' },
  analysis: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  history: { nl: 'Adviesgeschiedenis', en: 'Advice history' },
  consultations: { nl: 'Spreekuur', en: 'Consultation hours' },
  pageNotFound: { nl: 'Deze pagina bestaat niet', en: 'This page does not exist' },
  pageNotFoundHint: { nl: 'Kies een van de onderdelen hierboven.', en: 'Pick one of the sections above.' },
});

// The first tab comes with the remote; the other screens load when first opened.
const DoctorAnalysis = lazyScreen(() => import('./analysis/doctor-analysis'), 'DoctorAnalysis');
const DoctorCasePage = lazyScreen(() => import('./case-page/doctor-case-page'), 'DoctorCasePage');
const ConsultationHours = lazyScreen(() => import('./consultations/consultation-hours'), 'ConsultationHours');
const AdviceHistory = lazyScreen(() => import('./history/advice-history'), 'AdviceHistory');

const AREA = 'company-doctor';

/** The company doctor remote: its pages and a page per case, each at its own address. */
export default function App() {
  const t = useT(messages);
  const route = useAppRoute();
  if (route.kind === 'case') {
    return (
      <Suspense fallback={<LoadingState />}>
        <DoctorCasePage key={route.caseId} caseId={route.caseId} section={route.section} />
      </Suspense>
    );
  }
  const tabs = [
    { id: 'caseload', label: t('caseload'), content: <DoctorCaseload /> },
    { id: 'analysis', label: t('analysis'), content: <DoctorAnalysis /> },
    { id: 'history', label: t('history'), content: <AdviceHistory /> },
    { id: 'consultations', label: t('consultations'), content: <ConsultationHours /> },
  ];
  const page = route.kind === 'area' ? (route.page ?? 'caseload') : 'caseload';
  const known = tabs.some((tab) => tab.id === page);
  return (
    <>
      <Tabs label={t('sections')} tabs={tabs} selectedId={known ? page : ''} onSelect={(id) => navigate(areaPath(AREA, id === 'caseload' ? null : id))} />
      {!known && <EmptyState title={t('pageNotFound')} description={t('pageNotFoundHint')} />}
    </>
  );
}
