import { inputReason, required } from '@terugkeer/domain';
import { badInput, conflict, forbidden, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { actingRole } from '../case/acting-role';
import { EscalationService } from './escalation.service';
import { requirePastOrToday } from '../case/case-day';
import {
  AcknowledgeEscalationInput,
  AnswerEscalationRequestInput,
  EscalateToCompanyDoctorInput,
  Escalation,
  EscalationAgreementWay,
  EscalationStatus,
} from './escalation.types';

/** What the company doctor sees: only what the employee agreed to send. */
const WITH_THE_DOCTOR: readonly EscalationStatus[] = [EscalationStatus.OPEN, EscalationStatus.ACKNOWLEDGED];

const MAX_TEXT_LENGTH = 5000;
const READERS = ['EMPLOYEE', 'COMPANY_DOCTOR', 'COACH'] as const;

function requireText(field: string, value: string): string {
  const text = value.trim();
  if (!text) throw badInput(field, inputReason('EMPTY'));
  if (text.length > MAX_TEXT_LENGTH) throw badInput(field, inputReason('TOO_LONG', { max: MAX_TEXT_LENGTH }));
  return text;
}

@Resolver(() => Case)
export class EscalationResolver {
  private readonly service: EscalationService;

  constructor(dataSource: DataSource) {
    this.service = new EscalationService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => [Escalation], { nullable: true, description: 'Escalations to the company doctor: employee, coach and doctor only.' })
  async escalations(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    if (!READERS.some((reader) => relationships.includes(reader))) throw forbidden('Escalations are for the employee, the coach and the company doctor only.');
    const escalations = await this.service.forCase(found.id);
    if (relationships.includes('EMPLOYEE') || relationships.includes('COACH')) return escalations;
    return escalations.filter((escalation) => WITH_THE_DOCTOR.includes(escalation.status));
  }

  @Authorized('COACH')
  @Mutation(() => Escalation, {
    description: "The assigned coach asks the company doctor to step in: at once with the employee's recorded agreement, else after the employee agrees.",
  })
  async escalateToCompanyDoctor(@Arg('input') input: EscalateToCompanyDoctorInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    actingRole(relationships, ['COACH'], 'Only the coach assigned to the case escalates to the company doctor.');
    const reason = requireText('reason', input.reason);
    const recorded = input.recordedAgreement;
    const agreement = recorded
      ? { way: EscalationAgreementWay[recorded.way], agreedOn: requirePastOrToday('recordedAgreement.agreedOn', recorded.agreedOn, found, new Date()) }
      : null;
    const doctorUserId = await this.service.assignedDoctor(found.id);
    if (!doctorUserId) throw badInput('caseId', inputReason('NO_DOCTOR_ASSIGNED'));
    return this.service.raise(context.viewer.userId, found, doctorUserId, reason, input.urgency, agreement);
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => Escalation, { description: "The employee answers the coach's request to involve the company doctor: agree or decline." })
  async answerEscalationRequest(@Arg('input') input: AnswerEscalationRequestInput, @Ctx() context: CaseContext) {
    const escalation = await this.service.byId(input.id);
    const relationships = escalation ? await relationshipsWithCase(context, escalation.caseId) : [];
    if (!escalation || !relationships.includes('EMPLOYEE')) throw notFound('Escalation', input.id);
    if (escalation.status !== EscalationStatus.AWAITING_EMPLOYEE) throw badInput('id', inputReason('NOT_AWAITING_EMPLOYEE'));
    const found = required(await context.loaders.case.load(escalation.caseId), `case ${escalation.caseId} of the escalation`);
    const answered = await this.service.answer(context.viewer.userId, found, escalation, input.expectedVersion, input.agree);
    if (!answered) throw conflict('Escalation', required(await this.service.byId(input.id), 'the escalation').version);
    return answered;
  }

  @Authorized('COMPANY_DOCTOR')
  @Mutation(() => Escalation, { description: 'The assigned company doctor acknowledges an escalation, with a note.' })
  async acknowledgeEscalation(@Arg('input') input: AcknowledgeEscalationInput, @Ctx() context: CaseContext) {
    const note = requireText('note', input.note);
    const escalation = await this.service.byId(input.id);
    const relationships = escalation ? await relationshipsWithCase(context, escalation.caseId) : [];
    if (!escalation || !relationships.includes('COMPANY_DOCTOR') || !WITH_THE_DOCTOR.includes(escalation.status)) throw notFound('Escalation', input.id);
    if (escalation.status === EscalationStatus.ACKNOWLEDGED) throw badInput('id', inputReason('ALREADY_DONE'));
    const found = required(await context.loaders.case.load(escalation.caseId), `case ${escalation.caseId} of the escalation`);
    const acknowledged = await this.service.acknowledge(context.viewer.userId, found, escalation, input.expectedVersion, note);
    if (!acknowledged) throw conflict('Escalation', required(await this.service.byId(input.id), 'the escalation').version);
    return acknowledged;
  }
}
