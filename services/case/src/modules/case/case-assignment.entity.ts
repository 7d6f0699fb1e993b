import { Entity, PrimaryColumn } from 'typeorm';

/** A company doctor or coach of a health provider assigned to one case. */
@Entity({ name: 'case_assignments' })
export class CaseAssignment {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('text')
  role!: 'COMPANY_DOCTOR' | 'COACH';
}
