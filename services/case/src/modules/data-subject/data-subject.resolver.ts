import { inputReason, required } from '@terugkeer/domain';
import { badInput, conflict, forbidden, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { DataSubjectService } from './data-subject.service';
import {
  AddEmployeeStatementInput,
  EmployeeStatement,
  RectificationRequest,
  RequestRectificationInput,
  ResolveRectificationInput,
  RectificationStatus,
} from './data-subject.types';
import { MAX_TEXT_LENGTH, mayResolveRectification, maySeeRectification, RECTIFIABLE_DATA_CLASSES } from './rectification-rules';

function requireText(field: string, value: string): string {
  const text = value.trim();
  if (!text) throw badInput(field, inputReason('EMPTY'));
  if (text.length > MAX_TEXT_LENGTH) throw badInput(field, inputReason('TOO_LONG', { max: MAX_TEXT_LENGTH }));
  return text;
}

@Resolver(() => Case)
export class DataSubjectResolver {
  private readonly service: DataSubjectService;

  constructor(dataSource: DataSource) {
    this.service = new DataSubjectService(dataSource);
  }

  @Authorized()
  @FieldResolver(() => [EmployeeStatement], { description: "The employee's own statements, for everyone on the case." })
  employeeStatements(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.employeeStatements.load(found.id);
  }

  @Authorized()
  @FieldResolver(() => [RectificationRequest], { description: 'Correction requests the viewer made or must handle.' })
  async rectificationRequests(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    const requests = await context.loaders.rectificationRequests.load(found.id);
    return requests.filter((request) => maySeeRectification(request.dataClass, relationships));
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => EmployeeStatement, { description: "Adds the employee's own view to their dossier." })
  async addEmployeeStatement(@Arg('input') input: AddEmployeeStatementInput, @Ctx() context: CaseContext) {
    const text = requireText('text', input.text);
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('EMPLOYEE')) throw forbidden('Only the employee adds a statement to their own dossier.');
    return this.service.addStatement(context.viewer.userId, found, text);
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => RectificationRequest, { description: 'Asks for data in the dossier to be corrected (GDPR art. 16).' })
  async requestRectification(@Arg('input') input: RequestRectificationInput, @Ctx() context: CaseContext) {
    if (!(RECTIFIABLE_DATA_CLASSES as readonly string[]).includes(input.dataClass)) {
      throw badInput('dataClass', inputReason('NOT_ONE_OF', { allowed: RECTIFIABLE_DATA_CLASSES.join(', ') }));
    }
    const description = requireText('description', input.description);
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('EMPLOYEE')) throw forbidden('Only the employee asks for a correction of their own dossier.');
    return this.service.requestRectification(context.viewer.userId, found, input.dataClass, description);
  }

  @Authorized('CASE_MANAGER', 'COMPANY_DOCTOR')
  @Mutation(() => RectificationRequest, { description: 'Accepts or rejects a correction request, with the answer to the employee.' })
  async resolveRectification(@Arg('input') input: ResolveRectificationInput, @Ctx() context: CaseContext) {
    if (input.status === RectificationStatus.OPEN)
      throw badInput('status', inputReason('NOT_ONE_OF', { allowed: `${RectificationStatus.ACCEPTED}, ${RectificationStatus.REJECTED}` }));
    const response = requireText('response', input.response);
    const request = await this.service.rectification(input.id);
    const relationships = request ? await relationshipsWithCase(context, request.caseId) : [];
    if (!request || !maySeeRectification(request.dataClass, relationships)) throw notFound('RectificationRequest', input.id);
    if (!mayResolveRectification(request.dataClass, relationships))
      throw forbidden('Only the case manager, or the company doctor for medical data, resolves this request.');
    if (request.status !== RectificationStatus.OPEN) throw badInput('id', inputReason('ALREADY_DONE'));
    if (request.version !== input.expectedVersion) throw conflict('RectificationRequest', request.version);
    const found = required(await context.loaders.case.load(request.caseId), `case ${request.caseId} of the request`);
    return this.service.resolveRectification(context.viewer.userId, found, request, input.expectedVersion, input.status, response);
  }
}
