import type { Viewer } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';

export interface Person {
  userId: string;
  email: string;
  name: string;
}

const seen = new Map<string, string>();

/**
 * The address book: names and e-mail addresses of the people notifications go to. The
 * case service owns the directory; this copy is learnt from the verified tokens of
 * callers (once per process and change) and from the demo seed.
 */
export async function rememberViewer(dataSource: DataSource, viewer: Viewer): Promise<void> {
  const fingerprint = JSON.stringify([viewer.email, viewer.name, viewer.memberships]);
  if (seen.get(viewer.userId) === fingerprint) return;
  await dataSource.query(
    `INSERT INTO people (user_id, email, name, memberships) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, name = EXCLUDED.name,
       memberships = EXCLUDED.memberships, updated_at = now()`,
    [viewer.userId, viewer.email, viewer.name, JSON.stringify(viewer.memberships)],
  );
  seen.set(viewer.userId, fingerprint);
}

export async function peopleByIds(manager: EntityManager | DataSource, userIds: string[]): Promise<Map<string, Person>> {
  if (userIds.length === 0) return new Map();
  const rows: { user_id: string; email: string; name: string }[] = await manager.query(
    `SELECT user_id, email, name FROM people WHERE user_id = ANY($1::uuid[])`,
    [userIds],
  );
  return new Map(rows.map((r) => [r.user_id, { userId: r.user_id, email: r.email, name: r.name }]));
}

/** The organization's case managers known to this service. */
export async function caseManagersOf(manager: EntityManager, organizationId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.query(
    `SELECT user_id FROM people
      WHERE memberships @> jsonb_build_array(jsonb_build_object('role', 'CASE_MANAGER', 'organizationId', $1::text))`,
    [organizationId],
  );
  return rows.map((r) => r.user_id);
}
