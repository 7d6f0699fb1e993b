import { useOpenedTab } from '@terugkeer/frontend-kit';
import { Tabs, useT } from '@terugkeer/ui';
import { CheckInPanel } from '../check-in/check-in-panel';
import { EmployeeHome } from '../home/employee-home';
import type { EmployeeTab } from '../home/employee-todos';
import { BuildUpHours } from '../hours/build-up-hours';
import { MyPlans } from '../plan/my-plans';
import { MyPrivacy } from '../privacy/my-privacy';
import { SessionSummaries } from '../sessions/session-summaries';
import { messages } from './employee-workspace.messages';

/** The employee's screens as tabs: arrow keys move between them; a to-do on the overview opens its tab. */
export function EmployeeWorkspace() {
  const t = useT(messages);
  const { tab, setTab, open, containerRef } = useOpenedTab<EmployeeTab | 'overview' | 'privacy'>('overview');
  return (
    <div ref={containerRef}>
      <Tabs
        label={t('sections')}
        selectedId={tab}
        onSelect={setTab}
        tabs={[
          { id: 'overview', label: t('overview'), content: <EmployeeHome onOpen={open} /> },
          { id: 'check-in', label: t('checkIn'), content: <CheckInPanel onOpenPlans={() => open('plans')} /> },
          { id: 'plans', label: t('plans'), content: <MyPlans /> },
          { id: 'sessions', label: t('sessions'), content: <SessionSummaries /> },
          { id: 'hours', label: t('hours'), content: <BuildUpHours /> },
          { id: 'privacy', label: t('privacy'), content: <MyPrivacy /> },
        ]}
      />
    </div>
  );
}
