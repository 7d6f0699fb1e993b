import { inputReason } from '@terugkeer/domain';
import { badInput, forbidden, hasRole } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { requireVisibleCase } from '../case/case-access';
import { Organization } from '../directory/organization.entity';
import { RetentionService } from './retention.service';
import { RetentionPolicySettings, UpdateRetentionPolicyInput } from './retention.types';

const YEAR_LIMITS = { dossierYears: [1, 30], ownRiskBearerDossierYears: [1, 30], wgaOwnRiskBearerDossierYears: [1, 30], medicalNotesYears: [1, 50] } as const;
const MAX_HOLD_REASON = 500;

@Resolver(() => Organization)
export class RetentionPolicyResolver {
  private readonly service: RetentionService;

  constructor(dataSource: DataSource) {
    this.service = new RetentionService(dataSource);
  }

  @Authorized('CASE_MANAGER')
  @FieldResolver(() => RetentionPolicySettings, { nullable: true, description: 'Case managers of the organization only.' })
  async retentionPolicy(@Root() organization: Organization, @Ctx() { viewer }: CaseContext) {
    if (!hasRole(viewer, 'CASE_MANAGER', organization.id)) return null;
    return this.service.policy(organization.id);
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => RetentionPolicySettings)
  async updateRetentionPolicy(@Arg('input') input: UpdateRetentionPolicyInput, @Ctx() { viewer }: CaseContext) {
    if (!hasRole(viewer, 'CASE_MANAGER', input.organizationId)) throw forbidden('Only a case manager of the organization sets its retention.');
    for (const [field, [min, max]] of Object.entries(YEAR_LIMITS)) {
      const value = input[field as keyof typeof YEAR_LIMITS];
      if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, inputReason('NOT_AN_INTEGER', { min, max }));
    }
    const { organizationId, ...settings } = input;
    await this.service.setPolicy(viewer.userId, organizationId, settings);
    return settings;
  }
}
@Resolver(() => Case)
export class LegalHoldResolver {
  private readonly service: RetentionService;

  constructor(dataSource: DataSource) {
    this.service = new RetentionService(dataSource);
  }

  @Authorized('CASE_MANAGER')
  @FieldResolver(() => String, { nullable: true, description: 'Why the dossier must be kept beyond its retention period; case managers only.' })
  async legalHold(@Root() found: Case, @Ctx() { viewer }: CaseContext) {
    if (!hasRole(viewer, 'CASE_MANAGER', found.organizationId)) return null;
    return this.service.legalHold(found.id);
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => Case, { description: 'Places (with a reason) or lifts (reason null) a legal hold on a dossier.' })
  async setLegalHold(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: CaseContext,
  ) {
    const { case: found, relationships } = await requireVisibleCase(context, caseId);
    if (!relationships.includes('CASE_MANAGER')) throw forbidden('Only the case manager places a legal hold.');
    const text = reason?.trim() || null;
    if (reason !== null && reason !== undefined && !text) throw badInput('reason', inputReason('EMPTY'));
    if (text && text.length > MAX_HOLD_REASON) throw badInput('reason', inputReason('TOO_LONG', { max: MAX_HOLD_REASON }));
    await this.service.setLegalHold(context.viewer.userId, found, text);
    return found;
  }
}
