import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Role } from './viewer';
import type { RequestContext } from '../context';

/**
 * Coarse, role-level authorization from the token, declared on every resolver with
 * `@Authorized(...)`. Row-level rules (team, assignment, consent) live in the
 * services, next to the data they protect.
 */
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context }: ResolverData<RequestContext>, roles: Role[]): boolean {
    if (!context.viewer) return false;
    if (roles.length === 0) return true;
    return context.viewer.memberships.some((m) => roles.includes(m.role));
  }
}
