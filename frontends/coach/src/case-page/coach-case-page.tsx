import { useQuery } from '@apollo/client/react';
import { CasePageLayout } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { createMessages, useT } from '@terugkeer/ui';
import { useMemo } from 'react';
import { CaseProgramme } from '../programme/case-programme';
import { CoachSessionReports } from '../sessions/coach-session-reports';

const messages = createMessages({
  programme: { nl: 'Programma', en: 'Programme' },
  reports: { nl: 'Gespreksverslagen', en: 'Session reports' },
});

const CoachCasePageQuery = graphql(`
  query CoachCasePage_CaseQuery($id: ID!) {
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

/** One case as its coach sees it: the programme with its talks, and the session reports. */
export function CoachCasePage({ caseId, section }: { caseId: string; section: string | null }) {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(CoachCasePageQuery, { variables: { id: caseId } });
  const request = useMemo(() => ({ caseId }), [caseId]);
  const mine = data?.case?.viewerRelationships.includes('COACH') ? data.case : null;
  return (
    <CasePageLayout
      area="coach"
      caseId={caseId}
      section={section}
      state={{ loading: loading && !data, failed: Boolean(error) && !data, onRetry: () => void refetch(), employeeName: mine?.employee.name ?? null }}
      sections={
        mine
          ? [
              { id: 'programme', label: t('programme'), content: <CaseProgramme request={request} /> },
              { id: 'reports', label: t('reports'), content: <CoachSessionReports request={request} /> },
            ]
          : []
      }
    />
  );
}
