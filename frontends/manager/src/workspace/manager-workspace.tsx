import { Stack, Tabs, useT } from '@terugkeer/ui';
import { TeamBuildUp } from '../build-up/team-build-up';
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

/** The manager's screens as tabs; a case manager gets the organization's compliance and cost too. */
export function ManagerWorkspace() {
  const t = useT(messages);
  const scope = useViewerScope();
  const caseManagerTabs =
    scope.isCaseManager && scope.organization
      ? [
          { id: 'organization', label: t('organization'), content: <OrganizationReport organizationId={scope.organization.id} /> },
          { id: 'import', label: t('import'), content: <ImportData organizationId={scope.organization.id} /> },
        ]
      : [];
  return (
    <Tabs
      label={t('sections')}
      tabs={[
        { id: 'cases', label: t('cases'), content: <TeamCases /> },
        { id: 'plan', label: t('plan'), content: <CasePlan /> },
        { id: 'build-up', label: t('buildUp'), content: <TeamBuildUp /> },
        { id: 'wellbeing', label: t('wellbeing'), content: <SharedWellbeing /> },
        {
          id: 'talks',
          label: t('talks'),
          content: (
            <Stack gap="lg">
              <ReportsToValidate />
              <ReleasedSummaries />
            </Stack>
          ),
        },
        { id: 'statistics', label: t('statistics'), content: <AbsenceStatistics /> },
        ...caseManagerTabs,
      ]}
    />
  );
}
