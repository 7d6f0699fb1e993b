import { forbidden, notFound, type Viewer } from '@terugkeer/service-kit';
import type { DirectoryRepository, OrganizationFacts } from '../directory/directory.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organizations an analyst may aggregate: their own organization, or every employer
 * their health provider serves. Naming one narrows to it; one outside gets "not found".
 */
export async function analystOrganizations(repository: DirectoryRepository, viewer: Viewer, organizationId: string | null): Promise<OrganizationFacts[]> {
  const memberships = viewer.memberships.filter((m) => m.role === 'ANALYST');
  if (memberships.length === 0) throw forbidden('This needs the role ANALYST.');
  const own = memberships.flatMap((m) => (m.organizationId ? [m.organizationId] : []));
  const providers = memberships.flatMap((m) => (m.healthProviderId ? [m.healthProviderId] : []));
  const served = providers.length === 0 ? [] : await repository.organizationsOfProviders(providers);
  const allowed = [...new Set([...own, ...served.map((o) => o.organizationId)])];
  if (organizationId === null) return repository.organizations(allowed);
  if (!UUID.test(organizationId) || !allowed.includes(organizationId)) throw notFound('Organization', organizationId);
  return repository.organizations([organizationId]);
}
