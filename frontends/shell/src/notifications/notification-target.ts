import { areaPath, casePath } from '@terugkeer/frontend-kit';

export interface NotificationAbout {
  reason: string;
  /** The case it is about, with the viewer's relationships to it; null when not the viewer's case (a dialogue colleague). */
  case: { id: string; viewerRelationships: readonly string[] } | null;
}

/**
 * Where a notification leads: the screen where its task is done, in the area of the role
 * the viewer has on that case. Null when it leads nowhere the viewer can go.
 */
export function notificationTarget(notification: NotificationAbout, areas: readonly string[]): string | null {
  const about = notification.case;
  const has = (relationship: string) => about?.viewerRelationships.includes(relationship) ?? false;
  const inArea = (area: string, path: string) => (areas.includes(area) ? path : null);
  const caseSection = (area: string, section: string) => (about ? inArea(area, casePath(area, about.id, section)) : null);

  switch (notification.reason) {
    case 'SESSION_REPORT_AWAITS_VALIDATION':
      if (has('COACH')) return inArea('coach', areaPath('coach', 'reports'));
      if (has('MANAGER') && !has('EMPLOYEE')) return inArea('manager', areaPath('manager', 'talks'));
      // The employee's own report, and a dialogue colleague's (whose case it is not).
      return inArea('employee', areaPath('employee', 'sessions'));
    case 'MILESTONE_REMINDER':
      return has('MANAGER') ? caseSection('manager', 'plan') : has('CASE_MANAGER') ? caseSection('case-manager', 'plan') : null;
    case 'STAGNATION_DETECTED':
      if (has('COACH')) return inArea('coach', areaPath('coach', 'alerts'));
      return has('CASE_MANAGER') ? caseSection('case-manager', 'build-up') : has('MANAGER') ? caseSection('manager', 'build-up') : null;
    case 'ACTION_PLAN_SIGNED':
      if (has('EMPLOYEE')) return inArea('employee', areaPath('employee', 'plans'));
      if (has('CASE_MANAGER')) return caseSection('case-manager', 'plan');
      if (has('MANAGER')) return caseSection('manager', 'plan');
      return has('COMPANY_DOCTOR') ? caseSection('company-doctor', 'analysis') : null;
    default:
      return null;
  }
}
