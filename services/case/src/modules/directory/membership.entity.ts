import type { Role } from '@terugkeer/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A user's role in an organization or a health provider; exactly one of the two is set. */
@Entity({ name: 'memberships' })
export class MembershipRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  role!: Role;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('uuid', { name: 'health_provider_id', nullable: true })
  healthProviderId!: string | null;
}
