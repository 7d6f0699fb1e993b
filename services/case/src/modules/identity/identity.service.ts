import type { DataSource } from 'typeorm';
import { DirectoryRepository, type IdentityRow } from '../directory/directory.repository';

export type Identity = IdentityRow;

/** Who a user is and which roles they hold: what the token issuer puts in the claims. */
export function identitiesByEmail(dataSource: DataSource, emails: string[] | null): Promise<Identity[]> {
  return new DirectoryRepository().identitiesByEmail(dataSource, emails?.map((email) => email.toLowerCase()) ?? null);
}
