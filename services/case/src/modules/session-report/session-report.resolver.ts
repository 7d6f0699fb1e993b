import { inputReason, isIsoDate, required } from '@terugkeer/domain';
import { badInput, forbidden, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { actingRole } from '../case/acting-role';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { maySeePrivateNotes, visibleSessionReports } from './session-report-access';
import type { StoredReflection, StoredSessionReport } from './session-report.repository';
import { SessionReportService, type SessionReportStep } from './session-report.service';
import {
  SessionKind,
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

/** A reflection talk answers the programme's four questions; another kind of talk has none. */
function reflectionOf(input: WriteSessionReportInput): StoredReflection | null {
  if (input.kind !== SessionKind.REFLECTION) {
    if (input.reflection) throw badInput('reflection', inputReason('REFLECTION_ONLY'));
    return null;
  }
  if (!input.reflection) throw badInput('reflection', inputReason('EMPTY'));
  const { wentWell, wasHard, learned, nextTime } = input.reflection;
  return {
    wentWell: text('reflection.wentWell', wentWell, true),
    wasHard: text('reflection.wasHard', wasHard, true),
    learned: text('reflection.learned', learned, true),
    nextTime: text('reflection.nextTime', nextTime, true),
  };
}

@Resolver(() => Case)
export class SessionReportResolver {
  private readonly service: SessionReportService;

  constructor(dataSource: DataSource) {
    this.service = new SessionReportService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => [SessionReport], {
    description: 'Reports of talks: all for the coach, all but drafts for the employee, released summaries for the manager.',
  })
  async sessionReports(@Root() found: Case, @Ctx() context: CaseContext): Promise<SessionReport[]> {
    const relationships = await relationshipsWithCase(context, found.id);
    const visible = visibleSessionReports(await context.loaders.sessionReports.load(found.id), relationships);
    const coach = maySeePrivateNotes(relationships);
    const role = coach ? 'COACH' : relationships.includes('EMPLOYEE') ? 'EMPLOYEE' : 'MANAGER';
    return this.service.readOfCase({ userId: context.viewer.userId, coach }, role, found, visible);
  }

  @Authorized()
  @Query(() => [SessionReport], {
    description: "Summaries waiting for the viewer's validation: how a colleague in a dialogue talk sees the one report they took part in.",
  })
  sessionReportsToValidate(@Ctx() context: CaseContext): Promise<SessionReport[]> {
    return this.service.awaitingValidationBy(context.viewer.userId);
  }

  @Authorized('COACH')
  @Mutation(() => SessionReportResult, {
    description: 'The assigned coach writes or changes a report; health-like wording in the summary is held back until acknowledged.',
  })
  async writeSessionReport(@Arg('input') input: WriteSessionReportInput, @Ctx() context: CaseContext): Promise<SessionReportResult> {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    actingRole(relationships, ['COACH'], 'Only the coach assigned to the case writes session reports.');
    if (input.appointmentId) await this.service.requireAppointmentOfCase(input.appointmentId, found);
    if (!isIsoDate(input.heldOn)) throw badInput('heldOn', inputReason('NOT_A_DATE'));
    const summary = text('summary', input.summary, true);
    const privateNotes = text('privateNotes', input.privateNotes, false);
    const reflection = reflectionOf(input);
    const facts = required(await context.loaders.caseAccessFacts.load(found.id), `the access facts of case ${found.id}`);
    const validators = await this.service.validators(facts, found, input.kind, input.colleagueUserId ?? null);
    const result = await this.service.write(
      context.viewer.userId,
      found,
      {
        reportId: input.reportId ?? null,
        expectedVersion: input.expectedVersion ?? null,
        kind: input.kind,
        heldOn: input.heldOn,
        appointmentId: input.appointmentId ?? null,
        colleagueUserId: input.colleagueUserId ?? null,
        privateNotes,
        summary,
        reflection,
        acknowledgeHealthWording: input.acknowledgeHealthWording,
      },
      validators,
    );
    if (result.saved) context.loaders.sessionReports.clear(found.id);
    return result;
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

  /** Finds the report as the viewer may see it, lets `decide` authorize the step, and has the service take it. */
  private async step(
    context: CaseContext,
    input: SessionReportStepInput,
    decide: (report: StoredSessionReport, relationships: Awaited<ReturnType<typeof relationshipsWithCase>>) => SessionReportStep,
    participantsMaySeeIt = false,
  ): Promise<SessionReport> {
    const report = await this.service.byId(input.reportId);
    const relationships = report ? await relationshipsWithCase(context, report.caseId) : [];
    const visible =
      report && (visibleSessionReports([report], relationships).length || (participantsMaySeeIt && report.validators.includes(context.viewer.userId)));
    if (!report || !visible) throw notFound('SessionReport', input.reportId);
    const found = required(await context.loaders.case.load(report.caseId), `case ${report.caseId} of the session report`);
    const step = decide(report, relationships);
    const moved = await this.service.move(context.viewer.userId, found, report.id, input.expectedVersion, step, maySeePrivateNotes(relationships));
    context.loaders.sessionReports.clear(found.id);
    return moved;
  }
}
