import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person who can log in. Employees without a login have no user. */
@Entity({ name: 'users' })
export class User {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  email!: string;

  @Column('text')
  name!: string;
}
