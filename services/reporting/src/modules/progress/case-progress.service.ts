import { caseRelationships, daysBetween, todayIn, type CaseRelationship } from '@terugkeer/domain';
import type { Viewer } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import type { CaseProgressLoaders } from './case-progress.loaders';
import { CaseProgressRepository } from './case-progress.repository';
import type { CaseProgress } from './case-progress.types';
import type { ReplicatedCase } from '../case/case-access.repository';

const TREND_READERS: CaseRelationship[] = ['MANAGER', 'COMPANY_DOCTOR', 'COACH'];

/**
 * Check-ins belong to the employee. A manager, doctor or coach sees the weekly trend only
 * while she consents to it for their role or for them by name; a case manager never.
 */
async function mayReadCheckInTrend(repository: CaseProgressRepository, caseId: string, userId: string, relationships: CaseRelationship[]): Promise<boolean> {
  if (relationships.includes('EMPLOYEE')) return true;
  const roles = relationships.filter((r) => TREND_READERS.includes(r));
  if (roles.length === 0) return false;
  return repository.checkInTrendConsented(caseId, roles, userId);
}

/** The case's progress as the viewer may see it; null for a case the viewer has nothing to do with. */
export async function caseProgress(
  dataSource: DataSource,
  loaders: CaseProgressLoaders,
  viewer: Viewer,
  facts: ReplicatedCase | null,
): Promise<CaseProgress | null> {
  const relationships = facts ? caseRelationships(viewer, facts) : [];
  if (!facts || relationships.length === 0) return null;
  const repository = new CaseProgressRepository(dataSource);
  const caseId = facts.caseId;
  const [activity, weeks, timeline, programme, stagnationAlerts, mayReadTrend] = await Promise.all([
    loaders.caseActivity.load(caseId),
    loaders.caseWeeks.load(caseId),
    loaders.caseTimeline.load(caseId),
    loaders.caseProgramme.load(caseId),
    loaders.caseStagnationAlerts.load(caseId),
    mayReadCheckInTrend(repository, caseId, viewer.userId, relationships),
  ]);
  const { milestones, timeZone } = timeline;
  return {
    absenceDays: daysBetween(facts.firstSickDay, facts.recoveryDate ?? todayIn(timeZone, new Date())),
    recoveryDate: facts.recoveryDate,
    eventsApplied: activity?.eventsApplied ?? 0,
    lastEventAt: activity?.lastEventAt ?? null,
    weeks,
    milestones,
    milestonesOnTime: timeline.onTime,
    milestonesLate: timeline.late,
    programme,
    stagnationAlerts,
    checkInTrend: mayReadTrend ? await repository.checkInTrend(caseId) : null,
  };
}
