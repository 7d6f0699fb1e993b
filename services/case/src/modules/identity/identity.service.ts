import type { Membership } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';

export interface Identity {
  id: string;
  email: string;
  name: string;
  memberships: Membership[];
}

/** Who a user is and which roles they hold: what the token issuer puts in the claims. */
export async function identitiesByEmail(dataSource: DataSource, emails: string[] | null): Promise<Identity[]> {
  const rows: { id: string; email: string; name: string; memberships: Membership[] }[] = await dataSource.query(
    `SELECT u.id, u.email, u.name,
            coalesce(json_agg(json_build_object('role', m.role, 'organizationId', m.organization_id,
                                                'healthProviderId', m.health_provider_id)
                              ORDER BY m.role) FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id
      WHERE $1::text[] IS NULL OR lower(u.email) = ANY($1::text[])
      GROUP BY u.id
      ORDER BY u.email`,
    [emails?.map((email) => email.toLowerCase()) ?? null],
  );
  return rows;
}
