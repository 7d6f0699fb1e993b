import { PLATFORM_TIME_ZONE } from '@terugkeer/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ProgrammeAttendance, ProgressWeek, StagnationAlert } from './case-progress.types';
import { CaseProgressRepository, type CaseActivity, type CaseTimelineProgress } from './case-progress.repository';

export interface CaseProgressLoaders {
  caseActivity: DataLoader<string, CaseActivity | null>;
  caseWeeks: DataLoader<string, ProgressWeek[]>;
  caseTimeline: DataLoader<string, CaseTimelineProgress>;
  caseProgramme: DataLoader<string, ProgrammeAttendance | null>;
  caseStagnationAlerts: DataLoader<string, StagnationAlert[]>;
}

/** Each part of a case's progress, batched across every case in a list: a list costs as many statements as one case. */
export function createCaseProgressLoaders(dataSource: DataSource): CaseProgressLoaders {
  const repository = new CaseProgressRepository(dataSource);
  const batched = <T>(read: (caseIds: readonly string[]) => Promise<Map<string, T>>, missing: () => T) =>
    new DataLoader<string, T>(async (caseIds) => {
      const found = await read(caseIds);
      return caseIds.map((id) => found.get(id) ?? missing());
    });
  return {
    caseActivity: batched<CaseActivity | null>(
      (ids) => repository.activity(ids),
      () => null,
    ),
    caseWeeks: batched(
      (ids) => repository.weeksOfCases(ids),
      () => [],
    ),
    caseTimeline: batched(
      (ids) => repository.timelinesOfCases(ids),
      () => ({ milestones: [], onTime: 0, late: 0, timeZone: PLATFORM_TIME_ZONE }),
    ),
    caseProgramme: batched<ProgrammeAttendance | null>(
      (ids) => repository.programmesOfCases(ids),
      () => null,
    ),
    caseStagnationAlerts: batched(
      (ids) => repository.stagnationAlertsOfCases(ids),
      () => [],
    ),
  };
}
