import { decodeCursor, pageSize, toConnection, type Membership as MembershipClaim } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { CaseConnection } from '../case/case.types';
import { CaseRepository } from '../case/case.repository';
import { HealthProvider } from './health-provider.entity';
import { Organization } from './organization.entity';
import { Membership, ViewerProfile } from './viewer.types';

@Resolver(() => ViewerProfile)
export class ViewerResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized()
  @Query(() => ViewerProfile, { description: 'The logged-in user.' })
  viewer(@Ctx() { viewer }: CaseContext): ViewerProfile {
    return { id: viewer.userId, email: viewer.email, name: viewer.name };
  }

  @Authorized()
  @FieldResolver(() => [Membership])
  memberships(@Ctx() { viewer }: CaseContext): Membership[] {
    return viewer.memberships.map((m: MembershipClaim) => ({
      role: m.role,
      organizationId: m.organizationId,
      healthProviderId: m.healthProviderId,
    }));
  }

  @Authorized()
  @FieldResolver(() => CaseConnection, { description: 'The cases this user may see, newest first.' })
  async cases(
    @Root() _profile: ViewerProfile,
    @Ctx() { viewer }: CaseContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const cursor = decodeCursor(after, 'after', 2);
    const page = await new CaseRepository().visibleTo(this.dataSource, viewer, pageSize(first), cursor ? { firstSickDay: cursor[0], id: cursor[1] } : null);
    return toConnection(page.rows, page.hasNextPage, (row) => [row.firstSickDay, row.id]);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @Authorized()
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() membership: Membership, @Ctx() { loaders }: CaseContext) {
    return membership.organizationId ? loaders.organization.load(membership.organizationId) : null;
  }

  @Authorized()
  @FieldResolver(() => HealthProvider, { nullable: true })
  healthProvider(@Root() membership: Membership, @Ctx() { loaders }: CaseContext) {
    return membership.healthProviderId ? loaders.healthProvider.load(membership.healthProviderId) : null;
  }
}
