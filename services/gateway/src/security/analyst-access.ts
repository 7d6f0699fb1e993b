/**
 * Whether a GraphQL request comes from an analyst: a token whose memberships are all
 * ANALYST (an analytics client, or a person who is only an analyst). The gateway verified
 * the token before the request reached the runtime, so reading its claims is enough here.
 */
export function isAnalystRequest(request: { headers: { get(name: string): string | null } } | undefined): boolean {
  const match = /^Bearer\s+[^.]+\.([^.]+)\./i.exec(request?.headers.get('authorization') ?? '');
  if (!match) return false;
  try {
    const { memberships } = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8')) as { memberships?: { role?: unknown }[] };
    return Array.isArray(memberships) && memberships.length > 0 && memberships.every((m) => m?.role === 'ANALYST');
  } catch {
    return false;
  }
}

/** The subject of the (already verified) token, the key of an analyst's cost budget. */
export function tokenSubject(request: { headers: { get(name: string): string | null } } | undefined): string {
  const match = /^Bearer\s+[^.]+\.([^.]+)\./i.exec(request?.headers.get('authorization') ?? '');
  try {
    const { sub } = JSON.parse(Buffer.from(match?.[1] ?? '', 'base64url').toString('utf8')) as { sub?: unknown };
    return typeof sub === 'string' ? sub : 'unknown';
  } catch {
    return 'unknown';
  }
}
