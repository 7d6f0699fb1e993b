import { DEFAULT_RETENTION_POLICY, inputReason } from '@terugkeer/domain';
import { badInput, forbidden, hasRole } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { appendAudit } from '../audit';
import { Case } from '../case/case.entity';
import { requireVisibleCase } from '../case/case-access';
import { Organization } from '../directory/organization.entity';
import { RetentionPolicySettings, UpdateRetentionPolicyInput } from './retention.types';

const YEAR_LIMITS = { dossierYears: [1, 30], ownRiskBearerDossierYears: [1, 30], medicalNotesYears: [1, 50] } as const;
const MAX_HOLD_REASON = 500;

@Resolver(() => Organization)
export class RetentionPolicyResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized('CASE_MANAGER')
  @FieldResolver(() => RetentionPolicySettings, { nullable: true, description: 'Case managers of the organization only.' })
  async retentionPolicy(@Root() organization: Organization, @Ctx() { viewer }: CaseContext) {
    if (!hasRole(viewer, 'CASE_MANAGER', organization.id)) return null;
    const [row] = await this.dataSource.query(
      `SELECT own_risk_bearer, retention_dossier_years, retention_own_risk_years, retention_medical_years FROM organizations WHERE id = $1`,
      [organization.id],
    );
    return {
      ownRiskBearer: row.own_risk_bearer,
      dossierYears: row.retention_dossier_years ?? DEFAULT_RETENTION_POLICY.dossierYears,
      ownRiskBearerDossierYears: row.retention_own_risk_years ?? DEFAULT_RETENTION_POLICY.ownRiskBearerDossierYears,
      medicalNotesYears: row.retention_medical_years ?? DEFAULT_RETENTION_POLICY.medicalNotesYears,
    };
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => RetentionPolicySettings)
  async updateRetentionPolicy(@Arg('input') input: UpdateRetentionPolicyInput, @Ctx() { viewer }: CaseContext) {
    if (!hasRole(viewer, 'CASE_MANAGER', input.organizationId)) throw forbidden('Only a case manager of the organization sets its retention.');
    for (const [field, [min, max]] of Object.entries(YEAR_LIMITS)) {
      const value = input[field as keyof typeof YEAR_LIMITS];
      if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, inputReason('NOT_AN_INTEGER', { min, max }));
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE organizations SET own_risk_bearer = $2, retention_dossier_years = $3, retention_own_risk_years = $4, retention_medical_years = $5 WHERE id = $1`,
        [input.organizationId, input.ownRiskBearer, input.dossierYears, input.ownRiskBearerDossierYears, input.medicalNotesYears],
      );
      await appendAudit(manager, {
        actorUserId: viewer.userId,
        actorRole: 'CASE_MANAGER',
        organizationId: input.organizationId,
        subjectEmployeeId: null,
        caseId: null,
        action: 'UPDATE',
        dataClass: 'RETENTION',
        recordId: input.organizationId,
        detail: { ...input },
      });
    });
    const { organizationId: _id, ...settings } = input;
    return settings;
  }
}

@Resolver(() => Case)
export class LegalHoldResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized('CASE_MANAGER')
  @FieldResolver(() => String, { nullable: true, description: 'Why the dossier must be kept beyond its retention period; case managers only.' })
  async legalHold(@Root() found: Case, @Ctx() { viewer }: CaseContext) {
    if (!hasRole(viewer, 'CASE_MANAGER', found.organizationId)) return null;
    const [row] = await this.dataSource.query(`SELECT legal_hold_reason FROM cases WHERE id = $1`, [found.id]);
    return row?.legal_hold_reason ?? null;
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
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE cases SET legal_hold_reason = $2 WHERE id = $1`, [found.id, text]);
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: 'CASE_MANAGER',
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: 'UPDATE',
        dataClass: 'RETENTION',
        recordId: found.id,
        detail: { legalHold: text !== null },
      });
    });
    return found;
  }
}
