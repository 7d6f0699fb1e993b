import type { RequestContext, Viewer } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { createAbsenceLoaders, type AbsenceLoaders } from './modules/absence/absence.loaders';
import { createTimelineLoaders, type TimelineLoaders } from './modules/timeline/timeline.loaders';
import { createCheckInLoaders, type CheckInLoaders } from './modules/check-in/check-in.loaders';
import { createConsentLoaders, type ConsentLoaders } from './modules/consent/consent.loaders';
import { createRelapsePlanLoaders, type RelapsePlanLoaders } from './modules/relapse-prevention/relapse-plan.loaders';
import { createSessionReportLoaders, type SessionReportLoaders } from './modules/session-report/session-report.loaders';
import { createDirectoryLoaders, type DirectoryLoaders } from './modules/directory/directory.loaders';
import { createCaseLoaders, type CaseLoaders } from './modules/case/case.loaders';
import { createDataSubjectLoaders, type DataSubjectLoaders } from './modules/data-subject/data-subject.loaders';
import { createActionPlanLoaders, type ActionPlanLoaders } from './modules/action-plan/action-plan.loaders';
import { createProblemAnalysisLoaders, type ProblemAnalysisLoaders } from './modules/problem-analysis/problem-analysis.loaders';
import { createProgrammeIntakeLoaders, type ProgrammeIntakeLoaders } from './modules/programme-intake/programme-intake.loaders';
import { createCasePeopleLoaders, type CasePeopleLoaders } from './modules/case-people/case-people.loaders';

export interface CaseContext extends RequestContext {
  loaders: DirectoryLoaders &
    CaseLoaders &
    DataSubjectLoaders &
    ActionPlanLoaders &
    ProblemAnalysisLoaders &
    ProgrammeIntakeLoaders &
    AbsenceLoaders &
    TimelineLoaders &
    ConsentLoaders &
    RelapsePlanLoaders &
    CheckInLoaders &
    SessionReportLoaders &
    CasePeopleLoaders;
}

export function createCaseContext(dataSource: DataSource) {
  return (viewer: Viewer, requestId: string): CaseContext => ({
    viewer,
    requestId,
    loaders: {
      ...createDirectoryLoaders(dataSource),
      ...createCaseLoaders(dataSource),
      ...createDataSubjectLoaders(dataSource),
      ...createActionPlanLoaders(dataSource),
      ...createProblemAnalysisLoaders(dataSource),
      ...createProgrammeIntakeLoaders(dataSource),
      ...createAbsenceLoaders(dataSource),
      ...createTimelineLoaders(dataSource),
      ...createConsentLoaders(dataSource),
      ...createRelapsePlanLoaders(dataSource),
      ...createCheckInLoaders(dataSource),
      ...createSessionReportLoaders(dataSource),
      ...createCasePeopleLoaders(dataSource),
    },
  });
}
