import type { Role } from '@terugkeer/domain';

/** A role held in an employer (organization) or in an occupational health provider. */
export interface Membership {
  role: Role;
  organizationId: string | null;
  healthProviderId: string | null;
}

/** The verified caller of a request, read from the token's claims. */
export interface Viewer {
  userId: string;
  email: string;
  name: string;
  memberships: Membership[];
}

export function hasRole(viewer: Viewer, role: Role, organizationId?: string): boolean {
  return viewer.memberships.some((m) => m.role === role && (organizationId === undefined || m.organizationId === organizationId));
}

export function organizationIdsWithRole(viewer: Viewer, role: Role): string[] {
  return viewer.memberships.flatMap((m) => (m.role === role && m.organizationId ? [m.organizationId] : []));
}

/**
 * An analyst (a person with only the ANALYST role, or an analytics client) reads aggregates
 * and nothing else: no resolver open to "anyone logged in" answers them.
 */
export function isAnalystOnly(viewer: Viewer): boolean {
  return viewer.memberships.length > 0 && viewer.memberships.every((m) => m.role === 'ANALYST');
}
