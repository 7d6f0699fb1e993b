import { inputReason, mayAskExpertOpinion } from '@terugkeer/domain';
import { badInput, forbidden, isUuid, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { requirePastOrToday } from '../case/case-day';
import { Case } from '../case/case.entity';
import { ExpertOpinionService } from './expert-opinion.service';
import { ExpertOpinion, RecordExpertOpinionOutcomeInput, RequestExpertOpinionInput } from './expert-opinion.types';

const MAX_TEXT = 1_000;

function text(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, inputReason('EMPTY'));
  if (trimmed.length > MAX_TEXT) throw badInput(field, inputReason('TOO_LONG', { max: MAX_TEXT }));
  return trimmed;
}

@Resolver(() => Case)
export class ExpertOpinionResolver {
  private readonly service: ExpertOpinionService;

  constructor(dataSource: DataSource) {
    this.service = new ExpertOpinionService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => [ExpertOpinion], { description: 'Requests to UWV for an expert opinion (deskundigenoordeel), oldest first; the case manager’s record.' })
  async expertOpinions(@Root() found: Case, @Ctx() context: CaseContext): Promise<ExpertOpinion[]> {
    const { relationships } = await requireVisibleCase(context, found.id);
    if (!relationships.some((r) => r === 'CASE_MANAGER' || r === 'EMPLOYEE' || r === 'COMPANY_DOCTOR')) return [];
    return this.service.ofCase(found.id);
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => Case, { description: 'Dutch cases: records that the employer or the employee asked UWV for an expert opinion (art. 32 Wet SUWI).' })
  async requestExpertOpinion(@Arg('input') input: RequestExpertOpinionInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('CASE_MANAGER')) throw forbidden('Only the case manager records an expert opinion.');
    if (found.jurisdiction !== 'NL') throw badInput('caseId', inputReason('EXPERT_OPINION_DUTCH_ONLY'));
    if (!mayAskExpertOpinion(input.subject, input.requestedBy)) throw badInput('subject', inputReason('NOT_ASKED_BY', { requester: input.requestedBy }));
    const requestedOn = requirePastOrToday('requestedOn', input.requestedOn, found, new Date());
    await this.service.request(context.viewer.userId, found, {
      requestedBy: input.requestedBy,
      subject: input.subject,
      question: text('question', input.question),
      requestedOn,
    });
    return found;
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => Case, { description: 'The outcome of an expert opinion, once UWV gave it.' })
  async recordExpertOpinionOutcome(@Arg('input') input: RecordExpertOpinionOutcomeInput, @Ctx() context: CaseContext) {
    const opinion = isUuid(input.expertOpinionId) ? await this.service.find(input.expertOpinionId) : null;
    // Another employer's opinion is as unknown as one that does not exist: its case is not named.
    if (!opinion || !(await relationshipsWithCase(context, opinion.caseId)).length) throw notFound('ExpertOpinion', input.expertOpinionId);
    const { case: found, relationships } = await requireVisibleCase(context, opinion.caseId);
    if (!relationships.includes('CASE_MANAGER')) throw forbidden('Only the case manager records an expert opinion.');
    const decidedOn = requirePastOrToday('decidedOn', input.decidedOn, found, new Date());
    if (decidedOn < opinion.requestedOn) throw badInput('decidedOn', inputReason('BEFORE_START', { start: 'the request' }));
    await this.service.recordOutcome(context.viewer.userId, found, opinion.id, text('outcome', input.outcome), decidedOn);
    return found;
  }
}
