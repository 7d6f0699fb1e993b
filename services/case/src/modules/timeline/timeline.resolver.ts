import { addDays, inputReason, isIsoDate, type MaternityLeave } from '@terugkeer/domain';
import { badInput, forbidden, hasRole } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { requireVisibleCase } from '../case/case-access';
import { requirePastOrToday } from '../case/case-day';
import { TimelineService } from './timeline.service';
import {
  MarkMilestoneDoneInput,
  MaternityLeaveDates,
  Milestone,
  SetMaternityLeaveInput,
  SetReintegrationRequestInput,
  SetWagePaymentExtensionInput,
  WagePaymentExtensionKindName,
} from './timeline.types';

const WAZO_LEAVE_WEEKS = 16;

/** Art. 3:1 Wazo: the leave starts 6 to 4 weeks before the expected date and lasts at least 16 weeks. */
function maternityLeaveOf(input: SetMaternityLeaveInput): MaternityLeave | null {
  const { expectedDeliveryDate, leaveFrom, leaveUntil } = input;
  if (expectedDeliveryDate === null) return null;
  const date = (field: string, value: string | null | undefined) => {
    if (!value || !isIsoDate(value)) throw badInput(field, inputReason('NOT_A_DATE'));
    return value;
  };
  const expected = date('expectedDeliveryDate', expectedDeliveryDate);
  const from = date('leaveFrom', leaveFrom);
  const until = date('leaveUntil', leaveUntil);
  const earliest = addDays(expected, -42);
  const latest = addDays(expected, -28);
  if (from < earliest || from > latest) throw badInput('leaveFrom', inputReason('LEAVE_START_OUT_OF_RANGE', { earliest, latest }));
  const shortest = addDays(from, WAZO_LEAVE_WEEKS * 7 - 1);
  if (until < shortest) throw badInput('leaveUntil', inputReason('LEAVE_TOO_SHORT', { earliest: shortest }));
  return { expectedDeliveryDate: expected, leaveFrom: from, leaveUntil: until };
}

@Resolver(() => Case)
export class TimelineResolver {
  private readonly service: TimelineService;

  constructor(dataSource: DataSource) {
    this.service = new TimelineService(dataSource);
  }

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
    await this.service.markDone(context.viewer.userId, found, input.key, fulfilledOn);
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
    const unfitnessCertificateOn = input.unfitnessCertificateOn ? requirePastOrToday('unfitnessCertificateOn', input.unfitnessCertificateOn, found, now) : null;
    await this.service.setReintegration(
      { userId: context.viewer.userId, role },
      found,
      { requestedOn, assessmentOutcome: input.assessmentOutcome ?? null, decidedOn, requestedBy: input.requestedBy ?? null, unfitnessCertificateOn },
      now,
    );
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
    await this.service.setWagePaymentExtension(context.viewer.userId, found, input.kind, input.days);
    context.loaders.milestones.clear(found.id);
    return context.loaders.case.clear(found.id).load(found.id);
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => Case, { description: 'The pregnancy and maternity leave of the employee (null expected date removes it); it moves the UWV notification.' })
  async setMaternityLeave(@Arg('input') input: SetMaternityLeaveInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('CASE_MANAGER')) throw forbidden('Only the case manager records the maternity leave.');
    await this.service.setMaternityLeave(context.viewer.userId, found, maternityLeaveOf(input));
    context.loaders.milestones.clear(found.id);
    return context.loaders.case.clear(found.id).load(found.id);
  }

  @Authorized('CASE_MANAGER')
  @FieldResolver(() => MaternityLeaveDates, { nullable: true, description: 'The pregnancy and maternity leave; the case manager only.' })
  async maternityLeave(@Root() found: Case, @Ctx() context: CaseContext) {
    if (!hasRole(context.viewer, 'CASE_MANAGER', found.organizationId)) return null;
    return (await this.service.timelineFacts(found.id))?.maternityLeave ?? null;
  }
}
