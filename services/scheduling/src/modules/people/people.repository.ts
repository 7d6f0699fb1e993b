import type { Queryable, Viewer } from '@terugkeer/service-kit';

export interface Person {
  userId: string;
  email: string;
  name: string;
}

/** The address book (`people`) and who works for which employer (`employer_people`, kept from events by the kit's replica). */
export class PeopleRepository {
  async upsert(db: Queryable, viewer: Pick<Viewer, 'userId' | 'email' | 'name' | 'memberships'>): Promise<void> {
    await db.query(
      `INSERT INTO people (user_id, email, name, memberships) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, name = EXCLUDED.name,
         memberships = EXCLUDED.memberships, updated_at = now()`,
      [viewer.userId, viewer.email, viewer.name, JSON.stringify(viewer.memberships)],
    );
  }

  async byIds(db: Queryable, userIds: string[]): Promise<Map<string, Person>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; email: string; name: string }[] = await db.query(`SELECT user_id, email, name FROM people WHERE user_id = ANY($1::uuid[])`, [
      userIds,
    ]);
    return new Map(rows.map((r) => [r.user_id, { userId: r.user_id, email: r.email, name: r.name }]));
  }

  /** The organization's case managers known to this service. */
  async caseManagersOf(db: Queryable, organizationId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await db.query(
      `SELECT user_id FROM people
        WHERE memberships @> jsonb_build_array(jsonb_build_object('role', 'CASE_MANAGER', 'organizationId', $1::text))`,
      [organizationId],
    );
    return rows.map((r) => r.user_id);
  }

  /** A demo person; an existing row is kept. */
  async insertUnlessPresent(db: Queryable, person: { userId: string; email: string; name: string; memberships: unknown[] }): Promise<void> {
    await db.query(`INSERT INTO people (user_id, email, name, memberships) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO NOTHING`, [
      person.userId,
      person.email,
      person.name,
      JSON.stringify(person.memberships),
    ]);
  }

  /** A demo employee of an employer, older than any event about them, so the events win. */
  async insertEmployeeUnlessPresent(db: Queryable, employee: { employeeId: string; userId: string; organizationId: string }): Promise<void> {
    await db.query(
      `INSERT INTO employer_people (employee_id, user_id, organization_id, updated_at) VALUES ($1, $2, $3, 'epoch') ON CONFLICT (employee_id) DO NOTHING`,
      [employee.employeeId, employee.userId, employee.organizationId],
    );
  }
}
