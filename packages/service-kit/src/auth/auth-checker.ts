import type { Role } from '@terugkeer/domain';
import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors';
import { isAnalystOnly } from './viewer';
import type { RequestContext } from '../context';

/**
 * Coarse, role-level authorization from the token, declared on every resolver with
 * `@Authorized(...)`. Row-level rules (team, assignment, consent) live in the
 * services, next to the data they protect.
 */
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context }: ResolverData<RequestContext>, roles: Role[]): boolean {
    if (!context.viewer) throw unauthenticated();
    if (roles.length === 0 ? !isAnalystOnly(context.viewer) : context.viewer.memberships.some((m) => roles.includes(m.role))) return true;
    // The same typed refusal as every row-level rule gives, not type-graphql's own UNAUTHORIZED.
    throw forbidden(roles.length === 0 ? 'Analysts read aggregates only.' : `This needs the role ${roles.join(' or ')}.`);
  }
}
