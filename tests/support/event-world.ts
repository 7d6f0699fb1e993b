import { randomUUID } from 'node:crypto';
import { withDatabase } from './database';
import { fixturePath, runImport } from './terugkeer-command';

export interface Person {
  email: string;
  userId: string;
}

export interface EventWorld {
  organizationId: string;
  caseManager: Person;
  employee: Person & { employeeId: string };
  manager: Person;
  coach: Person;
  doctor: Person;
}

const domain = 'gebeurtenis.test';

/**
 * An employer of its own, so the event tests can follow every event it causes without
 * meeting those of other tests: onboarded by the import command, then given what the
 * import does not do (logins for an employee and her manager, a health provider with a
 * doctor and a coach) the way an administrator would in the directory. No case yet: the
 * tests open it through the gateway.
 */
export async function createEventWorld(): Promise<EventWorld> {
  const imported = await runImport([
    '--organization', 'Gebeurtenis BV',
    '--employees', fixturePath('events', 'employees.csv'),
    '--absences', fixturePath('events', 'absences.csv'),
    '--case-manager-email', `hr@${domain}`,
  ]);
  if (imported.status !== 0) throw new Error(`The import failed: ${imported.stderr}`);
  const organizationId: string = imported.summary.organizationId;

  return withDatabase('case', async (db) => {
    const user = async (email: string, name: string): Promise<string> => {
      const { rows } = await db.query(
        `INSERT INTO users (id, email, name) VALUES ($1, $2, $3) ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`,
        [randomUUID(), email, name],
      );
      return rows[0].id;
    };
    const membership = (userId: string, role: string, scope: { organizationId?: string; providerId?: string }) =>
      db.query(
        `INSERT INTO memberships (id, user_id, role, organization_id, health_provider_id)
         SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = $2 AND role = $3)`,
        [randomUUID(), userId, role, scope.organizationId ?? null, scope.providerId ?? null],
      );

    await db.query('BEGIN');
    const { rows: providers } = await db.query(
      `INSERT INTO health_providers (id, name) VALUES ($1, 'Arbo Gebeurtenis') ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
      [randomUUID()],
    );
    const providerId: string = providers[0].id;
    await db.query(`INSERT INTO provider_organizations (health_provider_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [providerId, organizationId]);

    const [employeeUser, managerUser, coachUser, doctorUser] = [
      await user(`eline@${domain}`, 'Eline Brink'),
      await user(`gijs@${domain}`, 'Gijs Leeuw'),
      await user(`coach@${domain}`, 'Cor Coach'),
      await user(`arts@${domain}`, 'Anna Arts'),
    ];
    await membership(employeeUser, 'EMPLOYEE', { organizationId });
    await membership(managerUser, 'EMPLOYEE', { organizationId });
    await membership(managerUser, 'MANAGER', { organizationId });
    await membership(coachUser, 'COACH', { providerId });
    await membership(doctorUser, 'COMPANY_DOCTOR', { providerId });
    await db.query(`UPDATE employees SET user_id = $3 WHERE organization_id = $1 AND employee_number = $2`, [organizationId, 'G002', managerUser]);
    const { rows: employees } = await db.query(
      `UPDATE employees SET user_id = $3, manager_user_id = $4 WHERE organization_id = $1 AND employee_number = $2 RETURNING id`,
      [organizationId, 'G001', employeeUser, managerUser],
    );
    const { rows: caseManagers } = await db.query(`SELECT id FROM users WHERE email = $1`, [`hr@${domain}`]);
    await db.query('COMMIT');

    return {
      organizationId,
      caseManager: { email: `hr@${domain}`, userId: caseManagers[0].id },
      employee: { email: `eline@${domain}`, userId: employeeUser, employeeId: employees[0].id },
      manager: { email: `gijs@${domain}`, userId: managerUser },
      coach: { email: `coach@${domain}`, userId: coachUser },
      doctor: { email: `arts@${domain}`, userId: doctorUser },
    };
  });
}
