import { actionsForSignals, asksForSignals, detectDip, inputReason, validateCheckIn, weeklyCheckInTrend, type CheckInScores } from '@terugkeer/domain';
import { badInput } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { actingRole, rejectViolations } from '../case/acting-role';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { maySeeDetail, maySeeTrend } from '../consent/consent-rules';
import { CheckInService } from './check-in.service';
import { CheckIn, CheckInResult, CheckInTrendWeek, RecordCheckInInput } from './check-in.types';

const MAX_NOTE = 2000;
const MAX_NEED = 1000;

@Resolver(() => Case)
export class CheckInResolver {
  private readonly service: CheckInService;

  constructor(dataSource: DataSource) {
    this.service = new CheckInService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => [CheckIn], {
    nullable: true,
    description: 'Each check-in: the employee sees all of it; the coach and doctor scores, signals and what the employee needs with consent; nobody else.',
  })
  async checkIns(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    if (!maySeeDetail(await context.loaders.consents.load(found.id), relationships)) return null;
    const checkIns = await context.loaders.checkIns.load(found.id);
    if (relationships.includes('EMPLOYEE')) return checkIns;
    await this.auditRead(context, found, relationships.includes('COACH') ? 'COACH' : 'COMPANY_DOCTOR', 'detail');
    return checkIns.map((checkIn) => ({ ...checkIn, privateNote: null }));
  }

  @Authorized()
  @FieldResolver(() => [CheckInTrendWeek], {
    nullable: true,
    description: 'Weekly averages: for the employee, and with consent for the manager, coach and doctor.',
  })
  async checkInTrend(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    if (!maySeeTrend(await context.loaders.consents.load(found.id), relationships)) return null;
    if (!relationships.includes('EMPLOYEE')) await this.auditRead(context, found, relationships.find((r) => r !== 'CASE_MANAGER') ?? 'MANAGER', 'trend');
    return weeklyCheckInTrend(await context.loaders.checkIns.load(found.id));
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => CheckInResult, { description: 'The employee checks in; a dip is explained with the actions from their relapse-prevention plan.' })
  async recordCheckIn(@Arg('input') input: RecordCheckInInput, @Ctx() context: CaseContext): Promise<CheckInResult> {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    actingRole(relationships, ['EMPLOYEE'], 'Only the employee checks in on their own case.');
    const scores: CheckInScores = {
      energy: input.energy,
      mood: input.mood,
      sleep: input.sleep,
      demands: input.demands,
      autonomy: input.autonomy,
      recognition: input.recognition,
      socialSupport: input.socialSupport,
    };
    rejectViolations(validateCheckIn(scores));
    const privateNote = input.privateNote?.trim() || null;
    if (privateNote && privateNote.length > MAX_NOTE) throw badInput('privateNote', inputReason('TOO_LONG', { max: MAX_NOTE }));
    const need = input.need?.trim() || null;
    if (need && need.length > MAX_NEED) throw badInput('need', inputReason('TOO_LONG', { max: MAX_NEED }));
    const plan = await context.loaders.relapsePlan.load(found.id);
    const planVersion = plan?.agreed ?? plan?.latest ?? null;
    const planSignals = planVersion?.signals ?? [];
    const unknown = input.signalIds.find((id) => !planSignals.some((signal) => signal.id === id));
    if (unknown) throw badInput('signalIds', inputReason('UNKNOWN_SIGNAL', { signal: unknown }));

    const previous = await context.loaders.checkIns.load(found.id);
    const dip = detectDip(scores, previous);
    const noticed = input.signalIds.length || !dip.isDip ? input.signalIds : planSignals.map((signal) => signal.id);
    const actions = actionsForSignals({ signals: planSignals }, noticed);
    const asks = asksForSignals({ signals: planSignals }, noticed);

    const checkIn = await this.service.record(context.viewer.userId, found, { scores, signalIds: input.signalIds, privateNote, need, dip });
    context.loaders.checkIns.clear(found.id);
    return { checkIn, dip: { ...dip, actions, asks, relapsePlanVersion: planVersion?.number ?? null } };
  }

  private auditRead(context: CaseContext, found: Case, role: string, what: 'detail' | 'trend') {
    return this.service.auditRead(context.viewer.userId, found, role, what);
  }
}
