import type { Membership, Queryable } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

export interface OrganizationFacts {
  name: string;
  fullTimeHours: number;
  dailyAbsenceCost: number | null;
  programmeCost: number | null;
  healthProviderId: string | null;
  excludePregnancyFromAbsencePercentage: boolean;
}

export interface RetentionSettingsRow {
  ownRiskBearer: boolean;
  wgaOwnRiskBearer: boolean;
  dossierYears: number | null;
  ownRiskYears: number | null;
  wgaOwnRiskYears: number | null;
  medicalYears: number | null;
}

export interface RetentionSettingsChange {
  ownRiskBearer: boolean;
  wgaOwnRiskBearer: boolean;
  dossierYears: number;
  ownRiskBearerDossierYears: number;
  wgaOwnRiskBearerDossierYears: number;
  medicalNotesYears: number;
}

export interface IdentityRow {
  id: string;
  email: string;
  name: string;
  memberships: Membership[];
}

/** The SQL of the directory's organizations, departments, users, memberships and health providers. */
export class DirectoryRepository {
  /** Rows of one directory entity by id, in one query however many ids. */
  async byIds<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>, ids: readonly string[]): Promise<T[]> {
    return dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
  }

  async organizationFacts(db: Queryable, organizationId: string): Promise<OrganizationFacts> {
    const [row] = await db.query(
      `SELECT o.name, o.full_time_hours AS "fullTimeHours", o.daily_absence_cost::float AS "dailyAbsenceCost",
              o.programme_cost::float AS "programmeCost", o.exclude_pregnancy_from_absence_percentage AS "excludePregnancyFromAbsencePercentage",
              (SELECT health_provider_id FROM provider_organizations p WHERE p.organization_id = o.id LIMIT 1) AS "healthProviderId"
         FROM organizations o WHERE o.id = $1`,
      [organizationId],
    );
    return row;
  }

  async organizationByName(db: Queryable, name: string): Promise<{ id: string; fullTimeHours: number } | null> {
    const [row] = await db.query(`SELECT id, full_time_hours AS "fullTimeHours" FROM organizations WHERE name = $1`, [name]);
    return row ?? null;
  }

  async organizationNameAndHours(db: Queryable, organizationId: string): Promise<{ name: string; fullTimeHours: number } | null> {
    const [row] = await db.query(`SELECT name, full_time_hours AS "fullTimeHours" FROM organizations WHERE id = $1`, [organizationId]);
    return row ?? null;
  }

  async insertOrganization(db: Queryable, id: string, name: string, fullTimeHours: number): Promise<void> {
    await db.query(`INSERT INTO organizations (id, name, full_time_hours) VALUES ($1, $2, $3)`, [id, name, fullTimeHours]);
  }

  async setFullTimeHours(db: Queryable, organizationId: string, fullTimeHours: number): Promise<void> {
    await db.query(`UPDATE organizations SET full_time_hours = $2 WHERE id = $1`, [organizationId, fullTimeHours]);
  }

  async updateSettings(
    db: Queryable,
    organizationId: string,
    settings: { fullTimeHours: number; dailyAbsenceCost: number | null; programmeCost: number | null; excludePregnancyFromAbsencePercentage: boolean },
  ) {
    await db.query(
      `UPDATE organizations SET full_time_hours = $2, daily_absence_cost = $3, programme_cost = $4, exclude_pregnancy_from_absence_percentage = $5
        WHERE id = $1`,
      [organizationId, settings.fullTimeHours, settings.dailyAbsenceCost, settings.programmeCost, settings.excludePregnancyFromAbsencePercentage],
    );
  }

  async retentionSettings(db: Queryable, organizationId: string): Promise<RetentionSettingsRow> {
    const [row] = await db.query(
      `SELECT own_risk_bearer AS "ownRiskBearer", wga_own_risk_bearer AS "wgaOwnRiskBearer", retention_dossier_years AS "dossierYears",
              retention_own_risk_years AS "ownRiskYears", retention_wga_own_risk_years AS "wgaOwnRiskYears", retention_medical_years AS "medicalYears"
         FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return row;
  }

  async updateRetentionSettings(db: Queryable, organizationId: string, settings: RetentionSettingsChange): Promise<void> {
    await db.query(
      `UPDATE organizations SET own_risk_bearer = $2, retention_dossier_years = $3, retention_own_risk_years = $4, retention_medical_years = $5,
              wga_own_risk_bearer = $6, retention_wga_own_risk_years = $7 WHERE id = $1`,
      [
        organizationId,
        settings.ownRiskBearer,
        settings.dossierYears,
        settings.ownRiskBearerDossierYears,
        settings.medicalNotesYears,
        settings.wgaOwnRiskBearer,
        settings.wgaOwnRiskBearerDossierYears,
      ],
    );
  }

  async departmentFacts(db: Queryable, departmentId: string): Promise<{ organizationId: string; name: string; managerUserId: string | null }> {
    const [row] = await db.query(
      `SELECT d.organization_id AS "organizationId", d.name,
              (SELECT e.manager_user_id FROM employees e WHERE e.department_id = d.id AND e.manager_user_id IS NOT NULL
                GROUP BY e.manager_user_id ORDER BY count(*) DESC LIMIT 1) AS "managerUserId"
         FROM departments d WHERE d.id = $1`,
      [departmentId],
    );
    return row;
  }

  async departmentId(db: Queryable, organizationId: string, name: string): Promise<string | null> {
    const [found] = await db.query(`SELECT id FROM departments WHERE organization_id = $1 AND name = $2`, [organizationId, name]);
    return found?.id ?? null;
  }

  async insertDepartment(db: Queryable, organizationId: string, name: string): Promise<string> {
    const id = randomUUID();
    await db.query(`INSERT INTO departments (id, organization_id, name) VALUES ($1, $2, $3)`, [id, organizationId, name]);
    return id;
  }

  async userNames(db: Queryable, userIds: readonly string[]): Promise<{ id: string; name: string }[]> {
    return userIds.length ? db.query(`SELECT id, name FROM users WHERE id = ANY($1)`, [userIds]) : [];
  }

  /** Each user's name by id; every id must be a user's (the callers' columns reference users). */
  async userNameMap(db: Queryable, userIds: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.userNames(db, [...new Set(userIds)])).map((user) => [user.id, user.name]));
  }

  /**
   * The user with this e-mail address, created when missing. Until the person logs in through the
   * identity provider and their name is known, the address is their name: a fragment of it ("hr")
   * reads as a leftover in every list of people.
   */
  async ensureUser(db: Queryable, email: string): Promise<string> {
    const [user] = await db.query(`SELECT id FROM users WHERE email = $1`, [email]);
    if (user) return user.id;
    const userId = randomUUID();
    await db.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, $3)`, [userId, email, email]);
    return userId;
  }

  /** New users with their membership of the organization, in two statements (logins of generated people). */
  async insertMembers(
    db: Queryable,
    organizationId: string,
    members: readonly { userId: string; email: string; name: string; role: 'EMPLOYEE' | 'MANAGER' }[],
  ) {
    if (!members.length) return;
    await db.query(`INSERT INTO users (id, email, name) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`, [
      members.map((m) => m.userId),
      members.map((m) => m.email),
      members.map((m) => m.name),
    ]);
    await db.query(
      `INSERT INTO memberships (id, user_id, role, organization_id)
       SELECT gen_random_uuid(), user_id, role, $1 FROM unnest($2::uuid[], $3::text[]) AS m(user_id, role)`,
      [organizationId, members.map((m) => m.userId), members.map((m) => m.role)],
    );
  }

  /** Makes the user a case manager of the organization; true when they were not one yet. */
  async addCaseManager(db: Queryable, userId: string, organizationId: string): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO memberships (id, user_id, role, organization_id)
       SELECT $1, $2, 'CASE_MANAGER', $3
        WHERE NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = $2 AND role = 'CASE_MANAGER' AND organization_id = $3)
       RETURNING 1`,
      [randomUUID(), userId, organizationId],
    );
    return inserted.length > 0;
  }

  /** Whether the user is a doctor or coach (`role`) of a health provider that serves the organization. */
  async servesOrganization(db: Queryable, userId: string, role: string, organizationId: string): Promise<boolean> {
    const [eligible] = await db.query(
      `SELECT 1 FROM memberships m JOIN provider_organizations p ON p.health_provider_id = m.health_provider_id
        WHERE m.user_id::text = $1 AND m.role = $2 AND p.organization_id = $3`,
      [userId, role, organizationId],
    );
    return Boolean(eligible);
  }

  /** Who a user is and which roles they hold, by e-mail address (lower case), or everyone when `emails` is null. */
  identitiesByEmail(db: Queryable, emails: string[] | null): Promise<IdentityRow[]> {
    return db.query(
      `SELECT u.id, u.email, u.name,
              coalesce(json_agg(json_build_object('role', m.role, 'organizationId', m.organization_id,
                                                  'healthProviderId', m.health_provider_id)
                                ORDER BY m.role) FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM users u LEFT JOIN memberships m ON m.user_id = u.id
        WHERE $1::text[] IS NULL OR lower(u.email) = ANY($1::text[])
        GROUP BY u.id
        ORDER BY u.email`,
      [emails],
    );
  }
}
