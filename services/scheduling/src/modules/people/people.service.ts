import type { Queryable, Viewer } from '@terugkeer/service-kit';
import { PeopleRepository, type Person } from './people.repository';

const people = new PeopleRepository();
const seen = new Map<string, string>();

/**
 * The address book: names and e-mail addresses of the people notifications go to. The
 * case service owns the directory; this copy is learnt from the verified tokens of
 * callers (once per process and change) and from the demo seed.
 */
export async function rememberViewer(db: Queryable, viewer: Viewer): Promise<void> {
  const fingerprint = JSON.stringify([viewer.email, viewer.name, viewer.memberships]);
  if (seen.get(viewer.userId) === fingerprint) return;
  await people.upsert(db, viewer);
  seen.set(viewer.userId, fingerprint);
}

export function peopleByIds(db: Queryable, userIds: string[]): Promise<Map<string, Person>> {
  return people.byIds(db, userIds);
}

/** The organization's case managers known to this service. */
export function caseManagersOf(db: Queryable, organizationId: string): Promise<string[]> {
  return people.caseManagersOf(db, organizationId);
}
