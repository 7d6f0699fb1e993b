import { areaPath, navigate, useAppRoute } from '@terugkeer/frontend-kit';
import { EmptyState, Tabs, createMessages, useT } from '@terugkeer/ui';
import { DoctorAnalysis } from './analysis/doctor-analysis';
import { DoctorCasePage } from './case-page/doctor-case-page';
import { DoctorCaseload } from './caseload/doctor-caseload';
import { ConsultationHours } from './consultations/consultation-hours';
import { AdviceHistory } from './history/advice-history';

const messages = createMessages({
  sections: { nl: 'Onderdelen', en: 'Sections' },
  caseload: { nl: 'Mijn dossiers', en: 'My cases' },
  analysis: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  history: { nl: 'Adviesgeschiedenis', en: 'Advice history' },
  consultations: { nl: 'Spreekuur', en: 'Consultation hours' },
  pageNotFound: { nl: 'Deze pagina bestaat niet', en: 'This page does not exist' },
  pageNotFoundHint: { nl: 'Kies een van de onderdelen hierboven.', en: 'Pick one of the sections above.' },
});

const AREA = 'company-doctor';

/** The company doctor remote: its pages and a page per case, each at its own address. */
export default function App() {
  const t = useT(messages);
  const route = useAppRoute();
  if (route.kind === 'case') return <DoctorCasePage key={route.caseId} caseId={route.caseId} section={route.section} />;
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
