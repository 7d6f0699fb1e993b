import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One period of an employment contract; a change of hours starts a new period. */
@Entity({ name: 'contracts' })
export class Contract {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'employee_id' })
  employeeId!: string;

  @Column('date', { name: 'start_date' })
  startDate!: string;

  @Column('date', { name: 'end_date', nullable: true })
  endDate!: string | null;

  @Column('numeric', { name: 'hours_per_week', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  hoursPerWeek!: number;
}
