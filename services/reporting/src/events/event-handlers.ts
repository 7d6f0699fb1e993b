import type { CaseEvent, EmployeeUpserted, SickReportRecorded, SickReportRemoved } from '@terugkeer/events';
import { dispatchEvents, eventHandlers } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { refreshAbsenceDays, refreshAbsenceDaysOfReport } from '../modules/absence/absence-days.projection';
import { projectSickReport, projectSickReportRemoval } from '../modules/absence/sick-report.projection';
import { projectCaseAccess } from '../modules/case/case-access.projection';
import { projectDepartment, projectEmployee, projectOrganization } from '../modules/directory/directory.projection';
import { projectActionPlanVersion, projectProblemAnalysis, projectProgrammeIntake } from '../modules/documents/case-document.projection';
import {
  projectBuildUp,
  projectCheckIn,
  projectConsent,
  projectProgramme,
  projectStagnationAlert,
  projectTimeline,
  recordCaseActivity,
} from '../modules/progress/case-progress.projection';

async function projectCase(event: CaseEvent, manager: EntityManager): Promise<void> {
  await projectCaseAccess(event, manager);
  await recordCaseActivity(event, manager);
}

/**
 * Every event the read model is built from, each to the projection of the module that owns
 * its tables. The absence days derived from contracts and reports are left to `withAbsenceDays`.
 */
const SOURCE_EVENT_HANDLERS = eventHandlers({
  'case.opened': projectCase,
  'case.participants-changed': projectCase,
  'case.status-changed': projectCase,
  'organization.upserted': projectOrganization,
  'department.upserted': projectDepartment,
  'employee.upserted': projectEmployee,
  'absence.report-recorded': projectSickReport,
  'absence.report-removed': projectSickReportRemoval,
  'case.timeline-changed': projectTimeline,
  'build-up.changed': projectBuildUp,
  'stagnation.detected': projectStagnationAlert,
  'programme.changed': projectProgramme,
  'action-plan.version-changed': projectActionPlanVersion,
  'problem-analysis.recorded': projectProblemAnalysis,
  'programme-intake.recorded': projectProgrammeIntake,
  'check-in.recorded': projectCheckIn,
  'consent.changed': projectConsent,
});

/** The same, each change of an employee's contracts or sick reports recounting their absence days. */
export const REPORTING_EVENT_HANDLERS = eventHandlers({
  ...SOURCE_EVENT_HANDLERS,
  'employee.upserted': async (event: EmployeeUpserted, manager: EntityManager) => {
    await projectEmployee(event, manager);
    await refreshAbsenceDays(manager, [event.payload.employeeId]);
  },
  'absence.report-recorded': async (event: SickReportRecorded, manager: EntityManager) => {
    await projectSickReport(event, manager);
    await refreshAbsenceDays(manager, [event.payload.employeeId]);
  },
  'absence.report-removed': async (event: SickReportRemoved, manager: EntityManager) => {
    await projectSickReportRemoval(event, manager);
    await refreshAbsenceDaysOfReport(manager, event.payload.reportId);
  },
});

/** Builds the whole reporting read model from one event; safe to replay from the start. */
export const projectEvent = dispatchEvents(REPORTING_EVENT_HANDLERS);

/** Builds the tables events fill directly; a replay counts the absence days once at its end. */
export const projectSourceEvent = dispatchEvents(SOURCE_EVENT_HANDLERS);
