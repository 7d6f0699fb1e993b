import { useQuery } from '@apollo/client/react';
import { CasePageLayout } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { createMessages, useT } from '@terugkeer/ui';
import { DoctorAnalysis } from '../analysis/doctor-analysis';
import { AdviceHistory } from '../history/advice-history';

const messages = createMessages({
  analysis: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  history: { nl: 'Tijdlijn van adviezen', en: 'Timeline of advice' },
});

const DoctorCasePageQuery = graphql(`
  query DoctorCasePage_CaseQuery($id: ID!) {
    case(id: $id) {
      id
      viewerRelationships
      employee {
        id
        name
      }
    }
  }
`);

/** One case as its company doctor sees it: the analysis with the notes, and the timeline of advice. */
export function DoctorCasePage({ caseId, section }: { caseId: string; section: string | null }) {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(DoctorCasePageQuery, { variables: { id: caseId } });
  const mine = data?.case?.viewerRelationships.includes('COMPANY_DOCTOR') ? data.case : null;
  return (
    <CasePageLayout
      area="company-doctor"
      caseId={caseId}
      section={section}
      state={{ loading: loading && !data, failed: Boolean(error) && !data, onRetry: () => void refetch(), employeeName: mine?.employee.name ?? null }}
      sections={
        mine
          ? [
              { id: 'analysis', label: t('analysis'), content: <DoctorAnalysis caseId={mine.id} /> },
              { id: 'history', label: t('history'), content: <AdviceHistory caseId={mine.id} /> },
            ]
          : []
      }
    />
  );
}
