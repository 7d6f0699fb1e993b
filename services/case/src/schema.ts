import { buildFederatedSchema } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { AuditResolver } from './modules/audit/audit.resolver';
import { DataSubjectResolver } from './modules/data-subject/data-subject.resolver';
import { PersonalDataExportResolver } from './modules/data-subject/personal-data-export.resolver';
import { LegalHoldResolver, RetentionPolicyResolver } from './modules/retention/retention.resolver';
import { ExpertOpinionResolver } from './modules/expert-opinion/expert-opinion.resolver';
import { AbsenceResolver } from './modules/absence/absence.resolver';
import { CaseAssignmentResolver } from './modules/case/case-assignment.resolver';
import { EmployeeLookupResolver, OrganizationSettingsResolver } from './modules/directory/employee-lookup.resolver';
import { TimelineResolver } from './modules/timeline/timeline.resolver';
import { CheckInResolver } from './modules/check-in/check-in.resolver';
import { ConsentResolver } from './modules/consent/consent.resolver';
import { RelapsePlanResolver } from './modules/relapse-prevention/relapse-plan.resolver';
import { SessionReportResolver } from './modules/session-report/session-report.resolver';
import { caseReference, CaseResolver } from './modules/case/case.resolver';
import { ActionPlanResolver } from './modules/action-plan/action-plan.resolver';
import { MedicalNotesResolver } from './modules/medical-notes/medical-notes.resolver';
import { ProblemAnalysisResolver } from './modules/problem-analysis/problem-analysis.resolver';
import { EscalationResolver } from './modules/escalation/escalation.resolver';
import { ProgrammeIntakeResolver } from './modules/programme-intake/programme-intake.resolver';
import { EmployeeResolver } from './modules/directory/employee.resolver';
import { MembershipResolver, ViewerResolver } from './modules/directory/viewer.resolver';
import { ImportResolver } from './modules/import/import.resolver';
import { CasePeopleResolver } from './modules/case-people/case-people.resolver';

export const resolvers = [
  ViewerResolver,
  MembershipResolver,
  CaseResolver,
  ExpertOpinionResolver,
  EmployeeResolver,
  AuditResolver,
  DataSubjectResolver,
  PersonalDataExportResolver,
  RetentionPolicyResolver,
  LegalHoldResolver,
  ActionPlanResolver,
  ProblemAnalysisResolver,
  MedicalNotesResolver,
  ProgrammeIntakeResolver,
  EscalationResolver,
  AbsenceResolver,
  TimelineResolver,
  EmployeeLookupResolver,
  OrganizationSettingsResolver,
  CaseAssignmentResolver,
  ConsentResolver,
  RelapsePlanResolver,
  CheckInResolver,
  SessionReportResolver,
  ImportResolver,
  CasePeopleResolver,
] as const;

/** Resolvers are built with the service's data source; printing the SDL needs none. */
export function buildCaseSchema(dataSource: DataSource | null) {
  const instances = new Map<Function, unknown>();
  return buildFederatedSchema({
    resolvers,
    container: {
      get: (resolverClass: new (dataSource: DataSource | null) => unknown) => {
        if (!instances.has(resolverClass)) instances.set(resolverClass, new resolverClass(dataSource));
        return instances.get(resolverClass);
      },
    },
    referenceResolvers: { Case: caseReference },
  });
}
