import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { appointmentKindMessages, CasePageLayout, CaseStatusBadge, formatDateTime } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { DataTable, formatDate, Section, Stack, useLocale, useT } from '@terugkeer/ui';
import { TeamBuildUp } from '../build-up/team-build-up';
import { ManagerTodoList } from '../caseload/manager-todo-list';
import { managerTodos } from '../caseload/manager-todos';
import { CaseDocuments } from '../documents/case-documents';
import { CasePlan } from '../plan/case-plan';
import { ReleasedSummaries } from '../sessions/released-summaries';
import { messages } from './case-page.messages';
import type { CaseSection } from './case-sections';

const ManagerCasePageQuery = graphql(`
  query ManagerCasePage_CaseQuery($id: ID!) {
    case(id: $id) {
      id
      status
      firstSickDay
      viewerRelationships
      employee {
        id
        name
        department {
          id
          name
        }
      }
      progress {
        absenceDays
      }
      milestones {
        key
        kind
        dueDate
        status
      }
      actionPlan {
        id
        latest {
          number
          status
          signatures {
            role
          }
        }
      }
      appointments {
        id
        kind
        startsAt
        status
      }
    }
  }
`);

/** One case as a manager or case manager sees it: overview, plan, build-up, talks and documents, each at its own address. */
export function ManagerCasePage({ area, caseId, section }: { area: string; caseId: string; section: string | null }) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(ManagerCasePageQuery, { variables: { id: caseId } });
  const found = data?.case;
  const mine = found && (found.viewerRelationships.includes('MANAGER') || found.viewerRelationships.includes('CASE_MANAGER')) ? found : null;
  const state = { loading: loading && !data, failed: Boolean(error) && !data, onRetry: () => void refetch(), employeeName: mine?.employee.name ?? null };
  if (!mine) return <CasePageLayout area={area} caseId={caseId} section={section} state={state} sections={[]} />;

  const sections: Array<{ id: CaseSection; label: string; content: ReactNode }> = [
    {
      id: 'overview',
      label: t('overview'),
      content: (
        <Stack gap="lg">
          <ManagerTodoList todos={managerTodos([mine])} area={area} />
          <dl className="tk-facts">
            <dt>{t('department')}</dt>
            <dd>{mine.employee.department?.name ?? '—'}</dd>
            <dt>{t('phase')}</dt>
            <dd>
              <CaseStatusBadge status={mine.status} />
            </dd>
            <dt>{t('firstSickDay')}</dt>
            <dd>{formatDate(mine.firstSickDay, locale)}</dd>
            {mine.progress && (
              <>
                <dt>{t('absence')}</dt>
                <dd>{t('daysCount', { count: mine.progress.absenceDays })}</dd>
              </>
            )}
          </dl>
          {mine.appointments && mine.appointments.length === 0 && <p>{t('noAppointments')}</p>}
          {mine.appointments && mine.appointments.length > 0 && (
            <DataTable
              caption={t('appointments')}
              rowKey={(row) => row.id}
              rows={mine.appointments}
              columns={[
                { key: 'when', header: t('when'), cell: (row) => formatDateTime(row.startsAt, locale), rowHeader: true },
                { key: 'what', header: t('what'), cell: (row) => kind(row.kind) },
              ]}
            />
          )}
        </Stack>
      ),
    },
    { id: 'plan', label: t('plan'), content: <CasePlan caseId={mine.id} /> },
    { id: 'build-up', label: t('buildUp'), content: <TeamBuildUp caseId={mine.id} /> },
    { id: 'talks', label: t('talks'), content: <ReleasedSummaries caseId={mine.id} /> },
    // The documents are the case manager's to hand out.
    ...(mine.viewerRelationships.includes('CASE_MANAGER')
      ? [
          {
            id: 'documents' as const,
            label: t('documents'),
            content: (
              <Section title={t('documents')} description={t('documentsIntro')}>
                <CaseDocuments caseId={mine.id} employeeName={mine.employee.name} />
              </Section>
            ),
          },
        ]
      : []),
  ];
  return <CasePageLayout area={area} caseId={caseId} section={section} state={state} sections={sections} />;
}
