import { inputReason } from '@terugkeer/domain';
import { badInput, forbidden } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { appendAudit } from '../audit';
import { Case } from '../case/case.entity';
import { requireVisibleCase } from '../case/case-access';
import { requirePastOrToday } from '../case/case-day';
import { recordMilestoneFulfilment } from './milestone-fulfilment';
import { publishTimelines } from './timeline-events';
import { MarkMilestoneDoneInput, Milestone, SetReintegrationRequestInput, SetWagePaymentExtensionInput, WagePaymentExtensionKindName } from './timeline.types';

@Resolver(() => Case)
export class TimelineResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized()
  @FieldResolver(() => [Milestone], { description: 'The legal timeline, computed today from the sick days of the case.' })
  milestones(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.milestones.load(found.id);
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => Case, { description: 'Records that a legal step was taken (UWV notification sent, WIA applied for …).' })
  async markMilestoneDone(@Arg('input') input: MarkMilestoneDoneInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('CASE_MANAGER')) throw forbidden('Only the case manager records legal steps.');
    const fulfilledOn = requirePastOrToday('fulfilledOn', input.fulfilledOn, found, new Date());
    const milestones = await context.loaders.milestones.load(found.id);
    const milestone = milestones.find((m) => m.key === input.key);
    if (!milestone) throw badInput('key', inputReason('NOT_ONE_OF', { allowed: milestones.map((m) => m.key).join(', ') }));
    if (milestone.status === 'DONE') throw badInput('key', inputReason('ALREADY_DONE'));
    await this.dataSource.transaction(async (manager) => {
      await recordMilestoneFulfilment(manager, { caseId: found.id, key: input.key, fulfilledOn, source: 'case-manager', recordId: null });
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: 'CASE_MANAGER',
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: input.key,
        detail: { milestone: input.key, fulfilledOn },
      });
    });
    context.loaders.milestones.clear(found.id);
    return found;
  }

  @Authorized('CASE_MANAGER', 'COMPANY_DOCTOR')
  @Mutation(() => Case, { description: 'Belgian cases: the re-integration request and the assessment decision (A/B/C).' })
  async setReintegrationRequest(@Arg('input') input: SetReintegrationRequestInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    const role = relationships.includes('CASE_MANAGER') ? 'CASE_MANAGER' : relationships.includes('COMPANY_DOCTOR') ? 'COMPANY_DOCTOR' : null;
    if (!role) throw forbidden('Only the case manager or the assigned company doctor records the re-integration trajectory.');
    if (found.jurisdiction !== 'BE') throw badInput('caseId', inputReason('BELGIAN_CASES_ONLY'));
    const now = new Date();
    const requestedOn = input.requestedOn === null ? null : requirePastOrToday('requestedOn', input.requestedOn, found, now);
    if (input.assessmentOutcome && !requestedOn) throw badInput('requestedOn', inputReason('REQUIRED_WITH', { other: 'assessmentOutcome' }));
    const decidedOn = input.assessmentOutcome ? requirePastOrToday('decidedOn', input.decidedOn, found, now) : null;
    if (decidedOn && requestedOn && decidedOn < requestedOn) throw badInput('decidedOn', inputReason('BEFORE_START', { start: 'requestedOn' }));
    const certificateOn = input.unfitnessCertificateOn ? requirePastOrToday('unfitnessCertificateOn', input.unfitnessCertificateOn, found, now) : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE cases SET reintegration_requested_on = $2, assessment_outcome = $3, reintegration_requested_by = $4, unfitness_certificate_on = $5,
                version = version + 1 WHERE id = $1`,
        [found.id, requestedOn, input.assessmentOutcome ?? null, requestedOn ? (input.requestedBy ?? null) : null, certificateOn],
      );
      if (decidedOn) {
        await recordMilestoneFulfilment(manager, {
          caseId: found.id,
          key: 'ASSESSMENT_DECISION',
          fulfilledOn: decidedOn,
          source: 'reintegration',
          recordId: null,
        });
      }
      await publishTimelines(manager, [found.id], now);
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: role,
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: found.id,
        detail: { reintegrationRequestedOn: requestedOn, assessmentOutcome: input.assessmentOutcome ?? null },
      });
    });
    context.loaders.milestones.clear(found.id);
    return context.loaders.case.clear(found.id).load(found.id);
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => Case, { description: 'Dutch cases: an extension of wage payment (wage sanction, agreed extension, late WIA application).' })
  async setWagePaymentExtension(@Arg('input') input: SetWagePaymentExtensionInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('CASE_MANAGER')) throw forbidden('Only the case manager records an extension of wage payment.');
    if (found.jurisdiction !== 'NL') throw badInput('caseId', inputReason('DUTCH_CASES_ONLY'));
    const max = input.kind === WagePaymentExtensionKindName.LATE_WIA_APPLICATION ? 3650 : 364;
    if (!Number.isInteger(input.days) || input.days < 0 || input.days > max) throw badInput('days', inputReason('OUT_OF_RANGE', { min: 0, max }));
    const column = EXTENSION_COLUMNS[input.kind];
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE cases SET ${column} = $2, version = version + 1 WHERE id = $1`, [found.id, input.days]);
      await publishTimelines(manager, [found.id]);
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: 'CASE_MANAGER',
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: found.id,
        detail: { wagePaymentExtension: input.kind, days: input.days },
      });
    });
    context.loaders.milestones.clear(found.id);
    return context.loaders.case.clear(found.id).load(found.id);
  }
}

const EXTENSION_COLUMNS: Record<WagePaymentExtensionKindName, string> = {
  WAGE_SANCTION: 'wage_sanction_days',
  VOLUNTARY: 'voluntary_extension_days',
  LATE_WIA_APPLICATION: 'late_wia_application_days',
};
