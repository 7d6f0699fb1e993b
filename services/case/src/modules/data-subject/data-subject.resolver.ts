import { inputReason, required } from '@terugkeer/domain';
import { badInput, conflict, forbidden, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { appendAudit } from '../audit';
import { Case } from '../case/case.entity';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { DataSubjectRepository } from './data-subject.repository';
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
  private readonly repository: DataSubjectRepository;

  constructor(private readonly dataSource: DataSource) {
    this.repository = new DataSubjectRepository(dataSource);
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
    return this.dataSource.transaction(async (manager) => {
      const statement = await this.repository.addStatement(manager, found.id, context.viewer.userId, text);
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: 'EMPLOYEE',
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: 'CREATE',
        dataClass: 'EMPLOYEE_STATEMENT',
        recordId: statement.id,
        detail: { length: text.length },
      });
      return statement;
    });
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
    return this.dataSource.transaction(async (manager) => {
      const request = await this.repository.addRectification(manager, found.id, context.viewer.userId, input.dataClass, description);
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: 'EMPLOYEE',
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: 'CREATE',
        dataClass: 'CASE_BASICS',
        recordId: request.id,
        detail: { rectificationOf: input.dataClass },
      });
      return request;
    });
  }

  @Authorized('CASE_MANAGER', 'COMPANY_DOCTOR')
  @Mutation(() => RectificationRequest, { description: 'Accepts or rejects a correction request, with the answer to the employee.' })
  async resolveRectification(@Arg('input') input: ResolveRectificationInput, @Ctx() context: CaseContext) {
    if (input.status === RectificationStatus.OPEN)
      throw badInput('status', inputReason('NOT_ONE_OF', { allowed: `${RectificationStatus.ACCEPTED}, ${RectificationStatus.REJECTED}` }));
    const response = requireText('response', input.response);
    const request = await this.repository.rectification(input.id);
    const relationships = request ? await relationshipsWithCase(context, request.caseId) : [];
    if (!request || !maySeeRectification(request.dataClass, relationships)) throw notFound('RectificationRequest', input.id);
    if (!mayResolveRectification(request.dataClass, relationships))
      throw forbidden('Only the case manager, or the company doctor for medical data, resolves this request.');
    if (request.status !== RectificationStatus.OPEN) throw badInput('id', inputReason('ALREADY_DONE'));
    if (request.version !== input.expectedVersion) throw conflict('RectificationRequest', request.version);
    const found = required(await context.loaders.case.load(request.caseId), `case ${request.caseId} of the request`);
    return this.dataSource.transaction(async (manager) => {
      const resolved = await this.repository.resolveRectification(manager, request.id, input.expectedVersion, {
        status: input.status,
        response,
        resolvedBy: context.viewer.userId,
      });
      if (!resolved) throw conflict('RectificationRequest', required(await this.repository.rectification(request.id), 'the rectification request').version);
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: request.dataClass === 'MEDICAL_NOTES' ? 'COMPANY_DOCTOR' : 'CASE_MANAGER',
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: 'UPDATE',
        dataClass: 'CASE_BASICS',
        recordId: request.id,
        detail: { rectificationOf: request.dataClass, status: input.status },
      });
      return resolved;
    });
  }
}
