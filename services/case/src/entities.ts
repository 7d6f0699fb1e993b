import { Case } from './modules/case/case.entity';
import { CaseAssignment } from './modules/case/case-assignment.entity';
import { Contract } from './modules/directory/contract.entity';
import { Department } from './modules/directory/department.entity';
import { Employee } from './modules/directory/employee.entity';
import { HealthProvider } from './modules/directory/health-provider.entity';
import { MembershipRow } from './modules/directory/membership.entity';
import { Organization } from './modules/directory/organization.entity';
import { User } from './modules/directory/user.entity';
import { DirectoryAndCases1732300000000 } from './migrations/1732300000000-directory-and-cases';
import { AuditLog1732400000000 } from './migrations/1732400000000-audit-log';
import { MilestoneFulfilments1732400000001 } from './migrations/1732400000001-milestone-fulfilments';
import { DataSubjectRights1732800000000 } from './migrations/1732800000000-data-subject-rights';
import { Absence1732500000000 } from './migrations/1732500000000-absence';
import { Wellbeing1732700000000 } from './migrations/1732700000000-wellbeing';
import { ActionPlan1732600000000 } from './migrations/1732600000000-action-plan';
import { ProblemAnalysisAndMedicalNotes1732600000001 } from './migrations/1732600000001-problem-analysis-and-medical-notes';
import { ProgrammeIntakeAndEscalation1732600000002 } from './migrations/1732600000002-programme-intake-and-escalation';
import { EmployeesRepublishedWithLogin1732900000000 } from './migrations/1732900000000-employees-republished-with-login';
import { CaseAppointments1732900000001 } from './migrations/1732900000001-case-appointments';
import { DeadLetters1733000000002 } from './migrations/1733000000002-dead-letters';
import { AnalyticsClients1733100000000 } from './migrations/1733100000000-analytics-clients';
import { LegalRules1733100000001 } from './migrations/1733100000001-legal-rules';
import { AdvisedBuildUp1733218000001 } from './migrations/1733218000001-advised-build-up';
import { RelapsePlanConsentAndNeeds1733200000040 } from './migrations/1733200000040-relapse-plan-consent-and-needs';
import { SessionReflectionAndEscalationAgreement1733352000000 } from './migrations/1733352000000-session-reflection-and-escalation-agreement';
import { WgaOwnRiskRetention1733300000017 } from './migrations/1733300000017-wga-own-risk-retention';
import { StatisticsPregnancyOption1733300000018 } from './migrations/1733300000018-statistics-pregnancy-option';
import { MaternityLeave1733300000019 } from './migrations/1733300000019-maternity-leave';
import { ExpertOpinions1733300000020 } from './migrations/1733300000020-expert-opinions';
import { EmployeesRepublishedWithName1733200000070 } from './migrations/1733200000070-employees-republished-with-name';
import { createServiceDataSource } from '@terugkeer/service-kit';

export const SCHEMA = 'case';

export const entities = [Organization, HealthProvider, User, MembershipRow, Department, Employee, Contract, Case, CaseAssignment];
export const migrations = [
  DirectoryAndCases1732300000000,
  AuditLog1732400000000,
  MilestoneFulfilments1732400000001,
  Absence1732500000000,
  DataSubjectRights1732800000000,
  ActionPlan1732600000000,
  ProblemAnalysisAndMedicalNotes1732600000001,
  ProgrammeIntakeAndEscalation1732600000002,
  Wellbeing1732700000000,
  EmployeesRepublishedWithLogin1732900000000,
  CaseAppointments1732900000001,
  DeadLetters1733000000002,
  AnalyticsClients1733100000000,
  LegalRules1733100000001,
  AdvisedBuildUp1733218000001,
  RelapsePlanConsentAndNeeds1733200000040,
  SessionReflectionAndEscalationAgreement1733352000000,
  WgaOwnRiskRetention1733300000017,
  StatisticsPregnancyOption1733300000018,
  MaternityLeave1733300000019,
  ExpertOpinions1733300000020,
  EmployeesRepublishedWithName1733200000070,
];

export const createCaseDataSource = (url: string) => createServiceDataSource({ url, schema: SCHEMA, entities, migrations });
