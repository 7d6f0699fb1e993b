import { inputReason } from '@terugkeer/domain';
import { badInput, forbidden } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from '../case/case.entity';
import { relationshipsWithCase, requireVisibleCase } from '../case/case-access';
import { GRANTABLE } from './consent-rules';
import { ConsentService } from './consent.service';
import { Consent, SetConsentInput } from './consent.types';

@Resolver(() => Case)
export class ConsentResolver {
  private readonly service: ConsentService;

  constructor(dataSource: DataSource) {
    this.service = new ConsentService(dataSource);
  }

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
    return relationships.includes('EMPLOYEE') ? this.service.history(found.id) : null;
  }

  @Authorized('EMPLOYEE')
  @Mutation(() => Consent, { description: 'The employee gives or withdraws a consent; a withdrawal applies from now on.' })
  async setConsent(@Arg('input') input: SetConsentInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('EMPLOYEE')) throw forbidden('Only the employee decides on consents for their own case.');
    if (!GRANTABLE[input.scope].includes(input.granteeRole))
      throw badInput('granteeRole', inputReason('NOT_GRANTABLE', { allowed: GRANTABLE[input.scope].join(', ') }));
    const consent = await this.service.set(context.viewer.userId, found, input.scope, input.granteeRole, input.granted);
    context.loaders.consents.clear(found.id);
    return consent;
  }
}
