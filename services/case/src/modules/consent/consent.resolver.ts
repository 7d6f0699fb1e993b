import { inputReason } from '@terugkeer/domain';
import type { ConsentChanged } from '@terugkeer/events';
import { badInput, forbidden, recordEvent } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { appendAudit } from '../audit';
import { Case } from '../case/case.entity';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { GRANTABLE } from './consent-rules';
import { consentChangedPayload } from './consent.events';
import { ConsentRepository } from './consent.repository';
import { Consent, SetConsentInput } from './consent.types';

@Resolver(() => Case)
export class ConsentResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized()
  @FieldResolver(() => [Consent], { description: 'Consents in force: all of them for the employee, their own for each grantee.' })
  async consents(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    const current = await context.loaders.consents.load(found.id);
    if (relationships.includes('EMPLOYEE')) return current;
    return current.filter((consent) => relationships.includes(consent.granteeRole));
  }

  @Authorized('EMPLOYEE')
  @FieldResolver(() => [Consent], { nullable: true, description: 'Every grant and revocation, newest first: the employee only.' })
  async consentHistory(@Root() found: Case, @Ctx() context: CaseContext) {
    const relationships = await relationshipsWithCase(context, found.id);
    return relationships.includes('EMPLOYEE') ? new ConsentRepository(this.dataSource).history(found.id) : null;
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => Consent, { description: 'The employee gives or withdraws a consent; a withdrawal applies from now on.' })
  async setConsent(@Arg('input') input: SetConsentInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('EMPLOYEE')) throw forbidden('Only the employee decides on consents for their own case.');
    if (!GRANTABLE[input.scope].includes(input.granteeRole)) throw badInput('granteeRole', inputReason('NOT_GRANTABLE', { allowed: GRANTABLE[input.scope].join(', ') }));
    const consent = await this.dataSource.transaction(async (manager) => {
      const row = await new ConsentRepository(manager).record(found.id, input.scope, input.granteeRole, input.granted, context.viewer.userId);
      await recordEvent<ConsentChanged>(manager, {
        type: 'consent.changed',
        aggregateId: found.id,
        organizationId: found.organizationId,
        payload: consentChangedPayload(found, row),
      });
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: 'EMPLOYEE',
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: input.granted ? 'GRANT' : 'REVOKE',
        dataClass: 'CONSENT',
        recordId: `${input.scope}:${input.granteeRole}`,
        detail: { scope: input.scope, granteeRole: input.granteeRole },
      });
      return row;
    });
    context.loaders.consents.clear(found.id);
    return consent;
  }
}
