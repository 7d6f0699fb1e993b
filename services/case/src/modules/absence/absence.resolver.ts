import { absenceFractionOn, inputReason, isIsoDate, required, type AbsenceInterval } from '@terugkeer/domain';
import { badInput, notFound } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { todayOfCase } from '../case/case-day';
import { shareableTextWarnings } from '../shareable-text/shareable-text';
import { MAX_TEXT } from './absence-rules';
import { AddAbsenceIntervalInput, RecordRecoveryInput, RecordSickReportInput, SickReport, SickReportResult } from './absence.types';
import { AbsenceService } from './absence.service';
import { employeeRelationships, mayRecordAbsence } from './employee-access';
import type { StoredSickReport } from './sick-report.repository';

const requireDate = (field: string, value: string) => {
  if (!isIsoDate(value)) throw badInput(field, inputReason('NOT_A_DATE'));
  return value;
};

const requirePercentage = (value: number) => {
  if (!Number.isFinite(value) || value < 1 || value > 100) throw badInput('percentage', inputReason('OUT_OF_RANGE', { min: 1, max: 100 }));
  return value;
};

function optionalText(field: string, value: string | null | undefined): string | null {
  const text = value?.trim() || null;
  if (text && text.length > MAX_TEXT) throw badInput(field, inputReason('TOO_LONG', { max: MAX_TEXT }));
  return text;
}

@Resolver(() => Case)
export class AbsenceResolver {
  private readonly service: AbsenceService;

  constructor(dataSource: DataSource) {
    this.service = new AbsenceService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => [SickReport], { description: 'The sick reports of this case, oldest first; a later one is a relapse.' })
  sickReports(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.sickReportsOfCase.load(found.id);
  }

  @Authorized()
  @FieldResolver(() => Float, { description: 'Absence percentage today (therapeutic work counts as 100).' })
  async absencePercentage(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    const today = todayOfCase(found, new Date());
    const reports = await loaders.sickReportsOfCase.load(found.id);
    return Math.max(0, ...reports.map((report) => absenceFractionOn(report, today) * 100));
  }

  @Authorized('MANAGER', 'CASE_MANAGER')
  @Mutation(() => SickReportResult, {
    description: 'Records a sick report: opens a case, or continues one (NL: within 28 days of recovery; BE: within 14 days of the return to work).',
  })
  async recordSickReport(@Arg('input') input: RecordSickReportInput, @Ctx() context: CaseContext): Promise<SickReportResult> {
    const employee = await context.loaders.employee.load(input.employeeId);
    const relationships = employee ? employeeRelationships(context, employee) : [];
    if (!employee || !mayRecordAbsence(relationships)) throw notFound('Employee', input.employeeId);
    const firstSickDay = requireDate('firstSickDay', input.firstSickDay);
    const recoveryDate = input.recoveryDate ? requireDate('recoveryDate', input.recoveryDate) : null;
    requirePercentage(input.percentage);
    const texts = {
      contactDetails: optionalText('contactDetails', input.contactDetails),
      expectedDuration: optionalText('expectedDuration', input.expectedDuration),
      workToTakeOver: optionalText('workToTakeOver', input.workToTakeOver),
    };
    const warnings = shareableTextWarnings(Object.entries(texts));
    if (warnings.length && !input.acknowledgeHealthWording) return { saved: false, report: null, case: null, warnings };

    const report: StoredSickReport = {
      id: randomUUID(),
      employeeId: employee.id,
      caseId: null,
      reportNumber: null,
      firstSickDay,
      recoveryDate,
      intervals: [{ from: firstSickDay, percentage: input.percentage, therapeutic: input.therapeutic }],
      ...texts,
      occupationalAccident: input.occupationalAccident,
      liableThirdParty: input.liableThirdParty,
      safetyNet: input.safetyNet || Boolean(input.safetyNetGround),
      safetyNetGround: input.safetyNetGround ?? null,
      version: 1,
    };
    const role = relationships.includes('CASE_MANAGER') ? 'CASE_MANAGER' : 'MANAGER';
    const saved = await this.service.record({ userId: context.viewer.userId, role }, employee.organizationId, report);
    return { saved: true, report: saved, case: await context.loaders.case.load(required(saved.caseId, 'the case of the reconciled sick report')), warnings };
  }

  @Authorized('MANAGER', 'CASE_MANAGER')
  @Mutation(() => SickReportResult, { description: 'A new absence percentage from a date: partial recovery, more absence, or therapeutic work.' })
  async addAbsenceInterval(@Arg('input') input: AddAbsenceIntervalInput, @Ctx() context: CaseContext): Promise<SickReportResult> {
    const from = requireDate('from', input.from);
    const interval: AbsenceInterval = { from, percentage: requirePercentage(input.percentage), therapeutic: input.therapeutic };
    return this.changeAbsence(context, input.reportId, input.expectedVersion, (report) => ({
      ...report,
      intervals: [...report.intervals, interval],
    }));
  }

  @Authorized('MANAGER', 'CASE_MANAGER')
  @Mutation(() => SickReportResult, { description: 'The first fully fit day; it ends the report (and the case, unless a relapse follows).' })
  async recordRecovery(@Arg('input') input: RecordRecoveryInput, @Ctx() context: CaseContext): Promise<SickReportResult> {
    const recoveryDate = requireDate('recoveryDate', input.recoveryDate);
    return this.changeAbsence(context, input.reportId, input.expectedVersion, (report) => ({ ...report, recoveryDate }));
  }

  private async changeAbsence(
    context: CaseContext,
    reportId: string,
    expectedVersion: number,
    change: (report: StoredSickReport) => StoredSickReport,
  ): Promise<SickReportResult> {
    const current = await this.service.byId(reportId);
    const employee = current ? await context.loaders.employee.load(current.employeeId) : null;
    const relationships = employee ? employeeRelationships(context, employee) : [];
    if (!current || !employee || !mayRecordAbsence(relationships)) throw notFound('SickReport', reportId);
    const role = relationships.includes('CASE_MANAGER') ? 'CASE_MANAGER' : 'MANAGER';
    const saved = await this.service.change({ userId: context.viewer.userId, role }, employee.organizationId, employee.id, reportId, expectedVersion, change);
    const caseId = required(saved.caseId, 'the case of the reconciled sick report');
    context.loaders.case.clear(caseId);
    return { saved: true, report: saved, case: await context.loaders.case.load(caseId), warnings: [] };
  }
}
