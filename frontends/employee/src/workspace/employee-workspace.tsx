import { Tabs, useT } from '@terugkeer/ui';
import { CheckInPanel } from '../check-in/check-in-panel';
import { EmployeeHome } from '../home/employee-home';
import { BuildUpHours } from '../hours/build-up-hours';
import { MyPlans } from '../plan/my-plans';
import { MyPrivacy } from '../privacy/my-privacy';
import { SessionSummaries } from '../sessions/session-summaries';
import { messages } from './employee-workspace.messages';

/** The employee's screens as tabs: arrow keys move between them. */
export function EmployeeWorkspace() {
  const t = useT(messages);
  return (
    <Tabs
      label={t('sections')}
      tabs={[
        { id: 'overview', label: t('overview'), content: <EmployeeHome /> },
        { id: 'check-in', label: t('checkIn'), content: <CheckInPanel /> },
        { id: 'plans', label: t('plans'), content: <MyPlans /> },
        { id: 'sessions', label: t('sessions'), content: <SessionSummaries /> },
        { id: 'hours', label: t('hours'), content: <BuildUpHours /> },
        { id: 'privacy', label: t('privacy'), content: <MyPrivacy /> },
      ]}
    />
  );
}
