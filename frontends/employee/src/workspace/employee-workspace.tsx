import { Tabs, useT } from '@terugkeer/ui';
import { useEffect, useRef, useState } from 'react';
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
  const [tab, setTab] = useState('overview');
  const opened = useRef(false);
  const container = useRef<HTMLDivElement>(null);

  const open = (target: EmployeeTab) => {
    opened.current = true;
    setTab(target);
  };

  // Keyboard and screen-reader users land on the tab they were sent to, not on a vanished button.
  useEffect(() => {
    if (!opened.current) return;
    opened.current = false;
    container.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [tab]);

  return (
    <div ref={container}>
      <Tabs
        label={t('sections')}
        selectedId={tab}
        onSelect={setTab}
        tabs={[
          { id: 'overview', label: t('overview'), content: <EmployeeHome onOpen={open} /> },
          { id: 'check-in', label: t('checkIn'), content: <CheckInPanel /> },
          { id: 'plans', label: t('plans'), content: <MyPlans /> },
          { id: 'sessions', label: t('sessions'), content: <SessionSummaries /> },
          { id: 'hours', label: t('hours'), content: <BuildUpHours /> },
          { id: 'privacy', label: t('privacy'), content: <MyPrivacy /> },
        ]}
      />
    </div>
  );
}
