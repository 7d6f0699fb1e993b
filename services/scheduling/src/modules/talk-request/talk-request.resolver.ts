import { notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { Appointment } from '../appointment/appointment.entity';
import { findVisibleCase, requireOneOf, visibleCase } from '../case/case-access.service';
import { CaseRef } from '../case/case.types';
import { planExtraTalk, requestExtraTalk, talkRequestsOf } from './talk-request.service';
import { PlanExtraTalkInput, PlanExtraTalkResult, TalkRequest } from './talk-request.types';

/** A request follows a dip, so it stays between the employee and their coach. */
const TALK_REQUEST_READERS = ['EMPLOYEE', 'COACH'] as const;

@Resolver(() => CaseRef)
export class CaseTalkRequestsResolver {
  @Authorized()
  @FieldResolver(() => [TalkRequest], { nullable: true, description: 'Requests for an extra talk, newest first: for the employee and the coach only.' })
  async talkRequests(@Root() ref: CaseRef, @Ctx() context: SchedulingContext): Promise<TalkRequest[] | null> {
    const visible = await findVisibleCase(context, ref.id);
    if (!visible?.relationships.some((r) => TALK_REQUEST_READERS.includes(r as (typeof TALK_REQUEST_READERS)[number]))) return null;
    return talkRequestsOf(context.dataSource, ref.id);
  }
}

@Resolver(() => TalkRequest)
export class TalkRequestResolver {
  @Authorized()
  @FieldResolver(() => Appointment, { nullable: true, description: 'The talk the coach booked.' })
  async appointment(@Root() request: TalkRequest, @Ctx() context: SchedulingContext): Promise<Appointment | null> {
    if (!request.appointmentId) return null;
    return (await context.loaders.appointmentsByCase.load(request.caseId)).find((a) => a.id === request.appointmentId) ?? null;
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => TalkRequest, { description: 'The employee asks their coach for an extra talk; while one waits, asking again returns it.' })
  async requestExtraTalk(@Arg('caseId', () => ID) caseId: string, @Ctx() context: SchedulingContext): Promise<TalkRequest> {
    const visible = await visibleCase(context, caseId);
    requireOneOf(visible, ['EMPLOYEE'], 'ask for an extra talk');
    return requestExtraTalk(context.dataSource, visible.facts, context.viewer.userId);
  }

  @Authorized('COACH')
  @Mutation(() => PlanExtraTalkResult, {
    description: 'The coach books the requested talk with the employee; a busy participant refuses it unless booked anyway.',
  })
  async planExtraTalk(@Arg('input') input: PlanExtraTalkInput, @Ctx() context: SchedulingContext): Promise<PlanExtraTalkResult> {
    return planExtraTalk(context.dataSource, input, context.viewer.userId, async (caseId) => {
      const visible = await findVisibleCase(context, caseId);
      if (!visible) throw notFound('TalkRequest', input.requestId);
      requireOneOf(visible, ['COACH'], 'plan an extra talk');
      return visible.facts;
    });
  }
}
