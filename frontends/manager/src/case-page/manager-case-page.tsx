import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { AppLink, appointmentKindMessages, areaPath, CaseStatusBadge, casePath, formatDateTime, navigate } from '@terugkeer/frontend-kit';
import { graphql } from '@terugkeer/graphql-client';
import { DataTable, EmptyState, ErrorState, formatDate, LoadingState, Page, Section, Stack, Tabs, useLocale, useT } from '@terugkeer/ui';
import { TeamBuildUp } from '../build-up/team-build-up';
import { ManagerTodoList } from '../caseload/manager-todo-list';
import { managerTodos } from '../caseload/manager-todos';
import { CaseDocuments } from '../documents/case-documents';
import { CasePlan } from '../plan/case-plan';
import { ReleasedSummaries } from '../sessions/released-summaries';
import { messages } from './case-page.messages';
import { caseSection, type CaseSection } from './case-sections';

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
export function ManagerCasePage({ area, caseId, section: requested }: { area: string; caseId: string; section: string | null }) {
  const t = useT(messages);
  const kind = useT(appointmentKindMessages);
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(ManagerCasePageQuery, { variables: { id: caseId } });
  const back = (
    <p>
      <AppLink to={areaPath(area)}>← {t('back')}</AppLink>
    </p>
  );

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error && !data) return <ErrorState title={t('error')} onRetry={() => void refetch()} retryLabel={t('retry')} />;
  const found = data?.case;
  if (!found || !(found.viewerRelationships.includes('MANAGER') || found.viewerRelationships.includes('CASE_MANAGER'))) {
    return (
      <Stack gap="md">
        {back}
        <EmptyState title={t('notFound')} description={t('notFoundHint')} headingLevel={2} data-testid="case-not-found" />
      </Stack>
    );
  }

  const mayDownload = found.viewerRelationships.includes('CASE_MANAGER');
  const sections: Array<{ id: CaseSection; label: string; content: ReactNode }> = [
    {
      id: 'overview',
      label: t('overview'),
      content: (
        <Stack gap="lg">
          <ManagerTodoList todos={managerTodos([found])} area={area} />
          <dl className="tk-facts">
            <dt>{t('department')}</dt>
            <dd>{found.employee.department?.name ?? '—'}</dd>
            <dt>{t('phase')}</dt>
            <dd>
              <CaseStatusBadge status={found.status} />
            </dd>
            <dt>{t('firstSickDay')}</dt>
            <dd>{formatDate(found.firstSickDay, locale)}</dd>
            {found.progress && (
              <>
                <dt>{t('absence')}</dt>
                <dd>{t('daysCount', { count: found.progress.absenceDays })}</dd>
              </>
            )}
          </dl>
          {found.appointments && found.appointments.length === 0 && <p>{t('noAppointments')}</p>}
          {found.appointments && found.appointments.length > 0 && (
            <DataTable
              caption={t('appointments')}
              rowKey={(row) => row.id}
              rows={found.appointments}
              columns={[
                { key: 'when', header: t('when'), cell: (row) => formatDateTime(row.startsAt, locale), rowHeader: true },
                { key: 'what', header: t('what'), cell: (row) => kind(row.kind) },
              ]}
            />
          )}
        </Stack>
      ),
    },
    { id: 'plan', label: t('plan'), content: <CasePlan caseId={found.id} /> },
    { id: 'build-up', label: t('buildUp'), content: <TeamBuildUp caseId={found.id} /> },
    { id: 'talks', label: t('talks'), content: <ReleasedSummaries caseId={found.id} /> },
    ...(mayDownload
      ? [
          {
            id: 'documents' as const,
            label: t('documents'),
            content: (
              <Section title={t('documents')} description={t('documentsIntro')}>
                <CaseDocuments caseId={found.id} employeeName={found.employee.name} />
              </Section>
            ),
          },
        ]
      : []),
  ];
  const section = caseSection(requested);
  const known = sections.some((s) => s.id === section);

  return (
    <Page title={t('title', { name: found.employee.name })} as="div" id="manager-case-page" data-testid="case-page">
      {back}
      <Tabs label={t('sections')} tabs={sections} selectedId={known ? (section ?? 'overview') : ''} onSelect={(id) => navigate(casePath(area, found.id, id))} />
      {!known && <EmptyState title={t('sectionNotFound')} description={t('sectionNotFoundHint')} headingLevel={2} />}
    </Page>
  );
}
