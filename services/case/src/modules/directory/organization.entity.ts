import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'An employer (werkgever): a tenant with departments and employees.' })
@Entity({ name: 'organizations' })
export class Organization {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field(() => Int, { description: 'Hours per week of a full-time contract; the base of the part-time factor.' })
  @Column('int', { name: 'full_time_hours', default: 40 })
  fullTimeHours!: number;

  @Field({ description: 'NL or BE: which legal timeline its cases follow.' })
  @Column('text', { default: 'NL' })
  jurisdiction!: string;
}
