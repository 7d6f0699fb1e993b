import {
  awaitingValidationFrom,
  inputReason,
  isIsoDate,
  transitionSessionReport,
  type SessionReportAction,
} from '@terugkeer/domain';
import type { SessionReportChanged } from '@terugkeer/events';
import { badInput, conflict, forbidden, notFound, recordEvent } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseContext } from '../../context';
import { appendAudit, auditRead } from '../audit';
import { Case } from '../case/case.entity';
import { CaseAppointmentsRepository } from '../case-appointments/case-appointments.repository';
import { actingRole } from '../case/acting-role';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { shareableTextWarnings } from '../shareable-text/shareable-text';
import { maySeePrivateNotes, visibleSessionReports } from './session-report-access';
import { SessionReportRepository, type StoredSessionReport } from './session-report.repository';
import {
  SessionReport,
  SessionReportResult,
  SessionReportStepInput,
  ValidateSessionReportInput,
  WriteSessionReportInput,
} from './session-report.types';

const MAX_TEXT = 5000;

function text(field: string, value: string, required: boolean): string {
  const trimmed = value.trim();
  if (required && !trimmed) throw badInput(field, inputReason('EMPTY'));
  if (trimmed.length > MAX_TEXT) throw badInput(field, inputReason('TOO_LONG', { max: MAX_TEXT }));
  return trimmed;
}

@Resolver(() => Case)
export class SessionReportResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized()
  @FieldResolver(() => [SessionReport], { description: 'Reports of talks: all for the coach, all but drafts for the employee, released summaries for the manager.' })
  async sessionReports(@Root() found: Case, @Ctx() context: CaseContext): Promise<SessionReport[]> {
    const relationships = await relationshipsWithCase(context, found.id);
    const visible = visibleSessionReports(await context.loaders.sessionReports.load(found.id), relationships);
    const withNotes = maySeePrivateNotes(relationships);
    if (visible.length) {
      const role = withNotes ? 'COACH' : relationships.includes('EMPLOYEE') ? 'EMPLOYEE' : 'MANAGER';
      await auditRead(this.dataSource, {
        actorUserId: context.viewer.userId, actorRole: role, organizationId: found.organizationId, subjectEmployeeId: found.employeeId,
        caseId: found.id, dataClass: withNotes ? 'SESSION_PRIVATE_NOTES' : 'SESSION_REPORT', recordId: null, detail: { reports: visible.length },
      });
    }
    return this.present(visible, withNotes);
  }

  @Authorized()
  @Query(() => [SessionReport], { description: 'Summaries waiting for the viewer\'s validation: how a colleague in a dialogue talk sees the one report they took part in.' })
  async sessionReportsToValidate(@Ctx() context: CaseContext): Promise<SessionReport[]> {
    const reports = await new SessionReportRepository(this.dataSource).awaitingValidationBy(context.viewer.userId);
    for (const report of reports) {
      await auditRead(this.dataSource, {
        actorUserId: context.viewer.userId, actorRole: 'PARTICIPANT', organizationId: null, subjectEmployeeId: null,
        caseId: report.caseId, dataClass: 'SESSION_REPORT', recordId: report.id, detail: { validation: true },
      });
    }
    return this.present(reports, false);
  }

  @Authorized('COACH')
  @Mutation(() => SessionReportResult, { description: 'The assigned coach writes or changes a report; health-like wording in the summary is held back until acknowledged.' })
  async writeSessionReport(@Arg('input') input: WriteSessionReportInput, @Ctx() context: CaseContext): Promise<SessionReportResult> {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    actingRole(relationships, ['COACH'], 'Only the coach assigned to the case writes session reports.');
    if (input.appointmentId && !(await new CaseAppointmentsRepository(this.dataSource).isOfCase(input.appointmentId, found.id))) {
      throw notFound('Appointment', input.appointmentId);
    }
    if (!isIsoDate(input.heldOn)) throw badInput('heldOn', inputReason('NOT_A_DATE'));
    const summary = text('summary', input.summary, true);
    const privateNotes = text('privateNotes', input.privateNotes, false);
    const validators = await this.validators(context, found, input);
    const warnings = shareableTextWarnings([['summary', summary]]);
    if (warnings.length && !input.acknowledgeHealthWording) return { saved: false, report: null, warnings };

    const id = await this.dataSource.transaction(async (manager) => {
      const repository = new SessionReportRepository(manager);
      const fields = { kind: input.kind, heldOn: input.heldOn, appointmentId: input.appointmentId ?? null, colleagueUserId: input.colleagueUserId ?? null, privateNotes, summary, validators };
      let reportId = input.reportId;
      if (!reportId) {
        reportId = await repository.insert({ ...fields, caseId: found.id, coachUserId: context.viewer.userId, state: 'DRAFT' });
      } else {
        const current = await repository.byId(reportId, true);
        if (!current || current.caseId !== found.id) throw notFound('SessionReport', reportId);
        if (current.version !== input.expectedVersion) throw conflict('SessionReport', current.version);
        const edit = transitionSessionReport(current, { type: 'EDIT', by: 'COACH' });
        if (!edit.ok) throw badInput('reportId', edit.reason);
        await repository.updateText(reportId, fields);
      }
      await repository.remember(reportId, context.viewer.userId, input.reportId ? 'EDIT' : 'CREATE', (await repository.byId(reportId))!.state);
      await this.publish(manager, found, reportId, context, 'COACH', input.reportId ? 'UPDATE' : 'CREATE');
      return reportId;
    });
    context.loaders.sessionReports.clear(found.id);
    const [report] = await this.present([(await new SessionReportRepository(this.dataSource).byId(id))!], true);
    return { saved: true, report, warnings };
  }

  @Authorized('COACH')
  @Mutation(() => SessionReport, { description: 'The coach sends the summary to every participant for validation.' })
  submitSessionReport(@Arg('input') input: SessionReportStepInput, @Ctx() context: CaseContext) {
    return this.step(context, input, (report, relationships) => {
      actingRole(relationships, ['COACH'], 'Only the coach submits the report.');
      return { action: { type: 'SUBMIT', by: 'COACH' }, role: 'COACH', audit: 'UPDATE' };
    });
  }

  @Authorized()
  @Mutation(() => SessionReport, { description: 'A participant validates the summary, or asks the coach for a change.' })
  validateSessionReport(@Arg('input') input: ValidateSessionReportInput, @Ctx() context: CaseContext) {
    const comment = input.approve ? null : text('comment', input.comment ?? '', true);
    return this.step(
      context,
      input,
      (report) => {
        if (!report.validators.includes(context.viewer.userId)) throw forbidden('Only a participant of the talk validates its summary.');
        return {
          action: input.approve ? { type: 'VALIDATE', by: context.viewer.userId } : { type: 'REQUEST_CHANGE', by: context.viewer.userId },
          role: 'PARTICIPANT',
          audit: input.approve ? 'VALIDATE' : 'REQUEST_CHANGE',
          comment,
        };
      },
      true,
    );
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => SessionReport, { description: 'The employee releases a validated summary to their manager.' })
  releaseSessionReport(@Arg('input') input: SessionReportStepInput, @Ctx() context: CaseContext) {
    return this.step(context, input, (report, relationships) => {
      actingRole(relationships, ['EMPLOYEE'], 'Only the employee releases a summary.');
      return { action: { type: 'RELEASE', by: 'EMPLOYEE' }, role: 'EMPLOYEE', audit: 'RELEASE' };
    });
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => SessionReport, { description: 'The employee takes a release back: from now on the manager no longer sees the summary.' })
  revokeSessionReportRelease(@Arg('input') input: SessionReportStepInput, @Ctx() context: CaseContext) {
    return this.step(context, input, (report, relationships) => {
      actingRole(relationships, ['EMPLOYEE'], 'Only the employee takes back a release.');
      return { action: { type: 'REVOKE_RELEASE', by: 'EMPLOYEE' }, role: 'EMPLOYEE', audit: 'REVOKE' };
    });
  }

  /** Loads, authorizes and moves a report one step in one transaction, with its event and audit entry. */
  private async step(
    context: CaseContext,
    input: SessionReportStepInput,
    decide: (
      report: StoredSessionReport,
      relationships: Awaited<ReturnType<typeof relationshipsWithCase>>,
    ) => { action: SessionReportAction; role: string; audit: 'UPDATE' | 'VALIDATE' | 'REQUEST_CHANGE' | 'RELEASE' | 'REVOKE'; comment?: string | null },
    participantsMaySeeIt = false,
  ): Promise<SessionReport> {
    const report = await new SessionReportRepository(this.dataSource).byId(input.reportId);
    const relationships = report ? await relationshipsWithCase(context, report.caseId) : [];
    const visible = report && (visibleSessionReports([report], relationships).length || (participantsMaySeeIt && report.validators.includes(context.viewer.userId)));
    if (!report || !visible) throw notFound('SessionReport', input.reportId);
    const found = (await context.loaders.case.load(report.caseId))!;
    const { action, role, audit, comment } = decide(report, relationships);
    await this.dataSource.transaction(async (manager) => {
      const repository = new SessionReportRepository(manager);
      const current = (await repository.byId(report.id, true))!;
      if (current.version !== input.expectedVersion) throw conflict('SessionReport', current.version);
      const next = transitionSessionReport(current, action);
      if (!next.ok) throw badInput('reportId', next.reason);
      await repository.moveTo(current.id, next.state, next.validatedBy);
      await repository.remember(current.id, context.viewer.userId, action.type, next.state, comment ?? null);
      await this.publish(manager, found, current.id, context, role, audit);
    });
    context.loaders.sessionReports.clear(found.id);
    const [presented] = await this.present([(await new SessionReportRepository(this.dataSource).byId(report.id))!], maySeePrivateNotes(relationships));
    return presented;
  }

  private async validators(context: CaseContext, found: Case, input: WriteSessionReportInput): Promise<string[]> {
    const facts = (await context.loaders.caseAccessFacts.load(found.id))!;
    if (!facts.employeeUserId) throw badInput('caseId', inputReason('EMPLOYEE_WITHOUT_LOGIN'));
    const validators = [facts.employeeUserId];
    if (input.kind === 'THREE_WAY') {
      if (!facts.managerUserId) throw badInput('kind', inputReason('NEEDS_MANAGER'));
      validators.push(facts.managerUserId);
    }
    if (input.kind === 'DIALOGUE') {
      if (!input.colleagueUserId) throw badInput('colleagueUserId', inputReason('COLLEAGUE_REQUIRED'));
      const [colleague] = await this.dataSource.query(
        `SELECT 1 FROM employees WHERE user_id::text = $1 AND organization_id = $2 AND user_id <> $3`,
        [input.colleagueUserId, found.organizationId, facts.employeeUserId],
      );
      if (!colleague) throw badInput('colleagueUserId', inputReason('NOT_A_COLLEAGUE'));
      validators.push(input.colleagueUserId);
    } else if (input.colleagueUserId) {
      throw badInput('colleagueUserId', inputReason('COLLEAGUE_NOT_ALLOWED'));
    }
    return validators;
  }

  private async present(reports: StoredSessionReport[], withNotes: boolean): Promise<SessionReport[]> {
    const userIds = [...new Set(reports.flatMap((r) => r.validators))];
    const users: { id: string; name: string }[] = userIds.length ? await this.dataSource.query(`SELECT id, name FROM users WHERE id = ANY($1)`, [userIds]) : [];
    const managers = reports.length ? await this.managers(reports) : new Map<string, string | null>();
    return reports.map((report) => ({
      ...report,
      privateNotes: withNotes ? report.privateNotes : null,
      participants: report.validators.map((userId) => ({
        userId,
        name: users.find((u) => u.id === userId)?.name ?? '',
        role: userId === report.colleagueUserId ? 'COLLEAGUE' : userId === managers.get(report.caseId) ? 'MANAGER' : 'EMPLOYEE',
        validated: report.validatedBy.includes(userId),
      })),
    })) as SessionReport[];
  }

  private async managers(reports: StoredSessionReport[]): Promise<Map<string, string | null>> {
    const rows: { id: string; manager: string | null }[] = await this.dataSource.query(
      `SELECT c.id, e.manager_user_id AS manager FROM cases c JOIN employees e ON e.id = c.employee_id WHERE c.id = ANY($1)`,
      [[...new Set(reports.map((r) => r.caseId))]],
    );
    return new Map(rows.map((row) => [row.id, row.manager]));
  }

  private async publish(manager: EntityManager, found: Case, reportId: string, context: CaseContext, role: string, action: 'CREATE' | 'UPDATE' | 'VALIDATE' | 'REQUEST_CHANGE' | 'RELEASE' | 'REVOKE') {
    const report = (await new SessionReportRepository(manager).byId(reportId))!;
    await recordEvent<SessionReportChanged>(manager, {
      type: 'session-report.changed',
      aggregateId: found.id,
      organizationId: found.organizationId,
      payload: {
        caseId: found.id,
        reportId,
        appointmentId: report.appointmentId,
        kind: report.kind,
        state: report.state,
        awaitingValidationFrom: awaitingValidationFrom(report),
        changedAt: new Date().toISOString(),
      },
    });
    await appendAudit(manager, {
      actorUserId: context.viewer.userId, actorRole: role, organizationId: found.organizationId, subjectEmployeeId: found.employeeId,
      caseId: found.id, action, dataClass: 'SESSION_REPORT', recordId: reportId, detail: { state: report.state },
    });
  }
}
