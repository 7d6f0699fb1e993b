import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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

  @Field(() => Float, { nullable: true, description: 'What one calendar day of full absence costs, in euros.' })
  @Column('numeric', {
    name: 'daily_absence_cost',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  dailyAbsenceCost!: number | null;

  @Field(() => Float, { nullable: true, description: 'What the 8-week programme costs per case, in euros.' })
  @Column('numeric', {
    name: 'programme_cost',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  programmeCost!: number | null;

  @Field({
    description: 'Leaves pregnancy-related absence (safety-net ground PREGNANCY) out of the absence percentage, as CBS does; NVS 1996, the default, counts it.',
  })
  @Column('boolean', { name: 'exclude_pregnancy_from_absence_percentage', default: false })
  excludePregnancyFromAbsencePercentage!: boolean;
}
