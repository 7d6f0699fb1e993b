import { inputReason, required } from '@terugkeer/domain';
import { badInput, conflict, forbidden, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { actingRole } from '../case/acting-role';
import { EscalationService } from './escalation.service';
import { AcknowledgeEscalationInput, EscalateToCompanyDoctorInput, Escalation, EscalationStatus } from './escalation.types';

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
    return this.service.forCase(found.id);
  }

  @Authorized('COACH')
  @Mutation(() => Escalation, { description: "The assigned coach, with the employee's agreement, asks the company doctor to step in." })
  async escalateToCompanyDoctor(@Arg('input') input: EscalateToCompanyDoctorInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    actingRole(relationships, ['COACH'], 'Only the coach assigned to the case escalates to the company doctor.');
    const reason = requireText('reason', input.reason);
    if (!input.employeeAgreed) throw badInput('employeeAgreed', inputReason('EMPLOYEE_MUST_AGREE'));
    const doctorUserId = await this.service.assignedDoctor(found.id);
    if (!doctorUserId) throw badInput('caseId', inputReason('NO_DOCTOR_ASSIGNED'));
    return this.service.raise(context.viewer.userId, found, doctorUserId, reason, input.urgency);
  }

  @Authorized('COMPANY_DOCTOR')
  @Mutation(() => Escalation, { description: 'The assigned company doctor acknowledges an escalation, with a note.' })
  async acknowledgeEscalation(@Arg('input') input: AcknowledgeEscalationInput, @Ctx() context: CaseContext) {
    const note = requireText('note', input.note);
    const escalation = await this.service.byId(input.id);
    const relationships = escalation ? await relationshipsWithCase(context, escalation.caseId) : [];
    if (!escalation || !relationships.includes('COMPANY_DOCTOR')) throw notFound('Escalation', input.id);
    if (escalation.status === EscalationStatus.ACKNOWLEDGED) throw badInput('id', inputReason('ALREADY_DONE'));
    const found = required(await context.loaders.case.load(escalation.caseId), `case ${escalation.caseId} of the escalation`);
    const acknowledged = await this.service.acknowledge(context.viewer.userId, found, escalation, input.expectedVersion, note);
    if (!acknowledged) throw conflict('Escalation', required(await this.service.byId(input.id), 'the escalation').version);
    return acknowledged;
  }
}
