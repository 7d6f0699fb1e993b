import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A person employed by an organization. Carries no health data.' })
@Entity({ name: 'employees' })
export class Employee {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Field()
  @Column('text', { name: 'employee_number' })
  employeeNumber!: string;

  @Field()
  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId!: string | null;

  @Column('uuid', { name: 'manager_user_id', nullable: true })
  managerUserId!: string | null;
}
