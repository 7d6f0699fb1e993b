import { areaPath, lazyScreen, navigate, useAppRoute, useOpenedTab } from '@terugkeer/frontend-kit';
import { EmptyState, Tabs, useT } from '@terugkeer/ui';
import { EmployeeHome } from '../home/employee-home';
import type { EmployeeTab } from '../home/employee-todos';
import { messages } from './employee-workspace.messages';

// The first tab comes with the remote; the other screens load when first opened.
const CheckInPanel = lazyScreen(() => import('../check-in/check-in-panel'), 'CheckInPanel');
const BuildUpHours = lazyScreen(() => import('../hours/build-up-hours'), 'BuildUpHours');
const MyPlans = lazyScreen(() => import('../plan/my-plans'), 'MyPlans');
const MyPrivacy = lazyScreen(() => import('../privacy/my-privacy'), 'MyPrivacy');
const SessionSummaries = lazyScreen(() => import('../sessions/session-summaries'), 'SessionSummaries');

const AREA = 'employee';

/**
 * The employee's screens as tabs, each at its own address (/employee/plans, …): arrow keys
 * move between them; a to-do on the overview opens its tab and puts the focus on it.
 */
export function EmployeeWorkspace() {
  const t = useT(messages);
  const route = useAppRoute();
  const tabs = [
    { id: 'overview', label: t('overview'), content: <EmployeeHome onOpen={(tab: EmployeeTab) => open(tab)} /> },
    { id: 'check-in', label: t('checkIn'), content: <CheckInPanel onOpenPlans={() => open('plans')} /> },
    { id: 'plans', label: t('plans'), content: <MyPlans /> },
    { id: 'sessions', label: t('sessions'), content: <SessionSummaries /> },
    { id: 'hours', label: t('hours'), content: <BuildUpHours /> },
    { id: 'privacy', label: t('privacy'), content: <MyPrivacy /> },
  ];
  const page = route.kind === 'area' ? (route.page ?? 'overview') : 'overview';
  const { containerRef, opening } = useOpenedTab(page);
  const known = route.kind !== 'case' && tabs.some((tab) => tab.id === page);
  const show = (id: string) => navigate(areaPath(AREA, id === 'overview' ? null : id));
  const open = (tab: EmployeeTab) => {
    opening();
    show(tab);
  };

  return (
    <div ref={containerRef}>
      <Tabs label={t('sections')} selectedId={known ? page : ''} onSelect={show} tabs={tabs} />
      {!known && <EmptyState title={t('pageNotFound')} description={t('pageNotFoundHint')} />}
    </div>
  );
}
