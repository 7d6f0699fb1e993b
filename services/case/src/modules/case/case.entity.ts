import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IsoDateScalar } from '@terugkeer/service-kit';
import { CaseStatus, Jurisdiction } from '@terugkeer/domain';

registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'The phase of an absence-and-return trajectory.' });
registerEnumType(Jurisdiction, { name: 'Jurisdiction' });

@ObjectType({ description: 'One absence-and-return trajectory (verzuimdossier) of one employee.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'cases' })
export class Case {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'employee_id' })
  employeeId!: string;

  @Column('uuid', { name: 'health_provider_id', nullable: true })
  healthProviderId!: string | null;

  @Field(() => CaseStatus)
  @Column('text')
  status!: CaseStatus;

  @Field(() => Jurisdiction)
  @Column('text', { default: 'NL' })
  jurisdiction!: Jurisdiction;

  @Field(() => IsoDateScalar, { description: 'The first sick day (day 1 of every legal count), ISO YYYY-MM-DD.' })
  @Column('date', { name: 'first_sick_day' })
  firstSickDay!: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'The first fully fit day, when recovered.' })
  @Column('date', { name: 'recovery_date', nullable: true })
  recoveryDate!: string | null;

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it back with an edit.' })
  @Column('int', { default: 1 })
  version!: number;
}
