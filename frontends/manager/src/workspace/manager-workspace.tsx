import { areaPath, navigate, useAppRoute } from '@terugkeer/frontend-kit';
import { EmptyState, Page, Stack, Tabs, useT } from '@terugkeer/ui';
import { TeamBuildUp } from '../build-up/team-build-up';
import { ManagerCasePage } from '../case-page/manager-case-page';
import { managerArea } from '../case-page/case-sections';
import { TeamCases } from '../caseload/team-cases';
import { OrganizationReport } from '../organization/organization-report';
import { ImportData } from '../import/import-data';
import { CasePlan } from '../plan/case-plan';
import { ReleasedSummaries } from '../sessions/released-summaries';
import { ReportsToValidate } from '../sessions/reports-to-validate';
import { AbsenceStatistics } from '../statistics/absence-statistics';
import { SharedWellbeing } from '../wellbeing/shared-wellbeing';
import { messages } from './manager-workspace.messages';
import { useViewerScope } from './viewer-scope';

/**
 * The manager's screens as tabs, each at its own address, and a page per case; a case
 * manager gets the organization's compliance and cost too.
 */
export function ManagerWorkspace() {
  const t = useT(messages);
  const scope = useViewerScope();
  const route = useAppRoute();
  const area = managerArea(route.kind === 'area' || route.kind === 'case' ? route.area : null, scope.isCaseManager);
  if (route.kind === 'case') return <ManagerCasePage key={route.caseId} area={area} caseId={route.caseId} section={route.section} />;

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
