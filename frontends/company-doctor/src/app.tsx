import { Tabs, createMessages, useT } from '@terugkeer/ui';
import { DoctorAnalysis } from './analysis/doctor-analysis';
import { DoctorCaseload } from './caseload/doctor-caseload';
import { ConsultationHours } from './consultations/consultation-hours';
import { AdviceHistory } from './history/advice-history';

const messages = createMessages({
  sections: { nl: 'Onderdelen', en: 'Sections' },
  caseload: { nl: 'Mijn dossiers', en: 'My cases' },
  analysis: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  history: { nl: 'Adviesgeschiedenis', en: 'Advice history' },
  consultations: { nl: 'Spreekuur', en: 'Consultation hours' },
});

/** The company doctor remote. */
export default function App() {
  const t = useT(messages);
  return (
    <Tabs
      label={t('sections')}
      tabs={[
        { id: 'caseload', label: t('caseload'), content: <DoctorCaseload /> },
        { id: 'analysis', label: t('analysis'), content: <DoctorAnalysis /> },
        { id: 'history', label: t('history'), content: <AdviceHistory /> },
        { id: 'consultations', label: t('consultations'), content: <ConsultationHours /> },
      ]}
    />
  );
}
