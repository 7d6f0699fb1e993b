import type { EventHandler } from '@terugkeer/service-kit';
import { ABSENCE_EVENT_TYPES, CASE_EVENT_TYPES, DIRECTORY_EVENT_TYPES, SCHEDULING_EVENT_TYPES } from '@terugkeer/events';
import { applyCaseEventToReplica } from '../modules/case-access/case-access.projection';
import { projectDocumentEvent } from '../modules/documents/document.projection';
import { projectSickReportEvent } from '../modules/absence/sick-report.projection';
import { projectDirectoryEvent } from '../modules/directory/directory.projection';
import { recordCaseActivity } from '../modules/progress/case-progress.projection';
import { projectProgressEvent } from '../modules/progress/progress.projection';

export const CONSUMED_EVENT_TYPES = [
  ...CASE_EVENT_TYPES,
  ...DIRECTORY_EVENT_TYPES,
  ...ABSENCE_EVENT_TYPES,
  ...SCHEDULING_EVENT_TYPES,
  'action-plan.version-changed',
  'problem-analysis.recorded',
  'programme-intake.recorded',
  'check-in.recorded',
  'consent.changed',
] as const;

/** Builds the whole reporting read model from one event; safe to replay from the start. */
export const projectEvent: EventHandler = async (event, manager) => {
  if (await applyCaseEventToReplica(manager, event)) {
    await recordCaseActivity(manager, event);
    return;
  }
  if (await projectDirectoryEvent(manager, event)) return;
  if (await projectSickReportEvent(manager, event)) return;
  if (await projectProgressEvent(manager, event)) return;
  await projectDocumentEvent(manager, event);
};
