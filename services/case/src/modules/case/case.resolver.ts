import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { CaseContext } from '../../context';
import { Employee } from '../directory/employee.entity';
import { Organization } from '../directory/organization.entity';
import { Case } from './case.entity';
import { relationshipsWithCase } from './case-access';
import { CaseRelationshipName } from './case.types';

@Resolver(() => Case)
export class CaseResolver {
  @Authorized()
  @Query(() => Case, { nullable: true, description: 'One case, when the viewer may see it; otherwise null.' })
  async case(@Arg('id', () => ID) id: string, @Ctx() context: CaseContext): Promise<Case | null> {
    const relationships = await relationshipsWithCase(context, id);
    return relationships.length ? context.loaders.case.load(id) : null;
  }

  @Authorized()
  @FieldResolver(() => Employee)
  async employee(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.employee.load(found.employeeId);
  }

  @Authorized()
  @FieldResolver(() => Organization)
  async organization(@Root() found: Case, @Ctx() { loaders }: CaseContext) {
    return loaders.organization.load(found.organizationId);
  }

  @Authorized()
  @FieldResolver(() => [CaseRelationshipName], { description: "The viewer's relationships with this case." })
  async viewerRelationships(@Root() found: Case, @Ctx() context: CaseContext) {
    return relationshipsWithCase(context, found.id);
  }
}

/** Entity lookups from other subgraphs pass through the same visibility rule. */
export const caseReference = {
  __resolveReference: async (reference: { id: string }, context: CaseContext) => {
    const relationships = await relationshipsWithCase(context, reference.id);
    return relationships.length ? context.loaders.case.load(reference.id) : null;
  },
};
