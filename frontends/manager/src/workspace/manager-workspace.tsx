import { areaPath, lazyScreen, navigate, useAppRoute } from '@terugkeer/frontend-kit';
import { EmptyState, LoadingState, Page, Stack, Tabs, useT } from '@terugkeer/ui';
import { managerArea } from '../case-page/case-sections';
import { TeamCases } from '../caseload/team-cases';
import { messages } from './manager-workspace.messages';
import { useViewerScope } from './viewer-scope';
import { Suspense } from 'react';

// The first tab comes with the remote; the other screens load when first opened.
const TeamBuildUp = lazyScreen(() => import('../build-up/team-build-up'), 'TeamBuildUp');
const ManagerCasePage = lazyScreen(() => import('../case-page/manager-case-page'), 'ManagerCasePage');
const OrganizationReport = lazyScreen(() => import('../organization/organization-report'), 'OrganizationReport');
const ImportData = lazyScreen(() => import('../import/import-data'), 'ImportData');
const CasePlan = lazyScreen(() => import('../plan/case-plan'), 'CasePlan');
const ReleasedSummaries = lazyScreen(() => import('../sessions/released-summaries'), 'ReleasedSummaries');
const ReportsToValidate = lazyScreen(() => import('../sessions/reports-to-validate'), 'ReportsToValidate');
const AbsenceStatistics = lazyScreen(() => import('../statistics/absence-statistics'), 'AbsenceStatistics');
const SharedWellbeing = lazyScreen(() => import('../wellbeing/shared-wellbeing'), 'SharedWellbeing');

/**
 * The manager's screens as tabs, each at its own address, and a page per case; a case
 * manager gets the organization's compliance and cost too.
 */
export function ManagerWorkspace() {
  const t = useT(messages);
  const scope = useViewerScope();
  const route = useAppRoute();
  const area = managerArea(route.kind === 'area' || route.kind === 'case' ? route.area : null, scope.isCaseManager);
  if (route.kind === 'case') {
    return (
      <Suspense fallback={<LoadingState />}>
        <ManagerCasePage key={route.caseId} area={area} caseId={route.caseId} section={route.section} />
      </Suspense>
    );
  }

  const caseManagerTabs =
    scope.isCaseManager && scope.organization
      ? [
          { id: 'organization', label: t('organization'), content: <OrganizationReport organizationId={scope.organization.id} /> },
          { id: 'import', label: t('import'), content: <ImportData organizationId={scope.organization.id} /> },
        ]
      : [];
  const tabs = [
    { id: 'cases', label: t('cases'), content: <TeamCases area={area} /> },
    { id: 'plan', label: t('plan'), content: <CasePlan /> },
    { id: 'build-up', label: t('buildUp'), content: <TeamBuildUp /> },
    { id: 'wellbeing', label: t('wellbeing'), content: <SharedWellbeing /> },
    {
      id: 'talks',
      label: t('talks'),
      content: (
        <Page title={t('talks')} description={t('talksIntro')} as="div" id="manager-talks">
          <Stack gap="lg">
            <ReportsToValidate />
            <ReleasedSummaries />
          </Stack>
        </Page>
      ),
    },
    { id: 'statistics', label: t('statistics'), content: <AbsenceStatistics /> },
    ...caseManagerTabs,
  ];
  const page = route.kind === 'area' ? (route.page ?? 'cases') : 'cases';
  const known = tabs.some((tab) => tab.id === page);
  // The case manager's tabs appear once the viewer's scope is in; until then their address is not yet unknown.
  const settling = !known && scope.loading;
  return (
    <>
      <Tabs label={t('sections')} tabs={tabs} selectedId={known ? page : ''} onSelect={(id) => navigate(areaPath(area, id === 'cases' ? null : id))} />
      {!known && !settling && <EmptyState title={t('pageNotFound')} description={t('pageNotFoundHint')} />}
    </>
  );
}
