/**
 * The addresses of the screens, one scheme for the shell and every remote:
 *
 *   /                                    the first area of the viewer
 *   /<area>                              an area's first page, e.g. /manager
 *   /<area>/<page>                       one of its pages, e.g. /manager/statistics
 *   /<area>/cases/<case id>              a case page, on its overview
 *   /<area>/cases/<case id>/<section>    a section of it, e.g. /case-manager/cases/…/plan
 *
 * Areas are the viewer's roles (see AREAS); which pages and sections exist is up to the
 * area's remote, which tells an unknown one apart from a case it cannot open.
 */
export const AREAS = ['manager', 'case-manager', 'company-doctor', 'coach', 'employee'] as const;
export type AreaId = (typeof AREAS)[number];

export const CASES_SEGMENT = 'cases';

export type AppRoute =
  | { kind: 'home' }
  | { kind: 'area'; area: string; page: string | null }
  | { kind: 'case'; area: string; caseId: string; section: string | null }
  | { kind: 'unknown'; path: string };

export function isArea(value: string): value is AreaId {
  return (AREAS as readonly string[]).includes(value);
}

const decode = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/** What an address asks for; it does not know yet whether the viewer has that area or case. */
export function parseAppPath(pathname: string): AppRoute {
  const segments = pathname.split('/').filter(Boolean).map(decode);
  if (segments.some((segment) => segment === null)) return { kind: 'unknown', path: pathname };
  const [area, second, caseId, section, ...rest] = segments as string[];
  if (!area) return { kind: 'home' };
  if (second === undefined) return { kind: 'area', area, page: null };
  if (second !== CASES_SEGMENT) return caseId === undefined ? { kind: 'area', area, page: second } : { kind: 'unknown', path: pathname };
  if (caseId === undefined || rest.length > 0) return { kind: 'unknown', path: pathname };
  return { kind: 'case', area, caseId, section: section ?? null };
}

export function areaPath(area: string, page?: string | null): string {
  return page ? `/${encodeURIComponent(area)}/${encodeURIComponent(page)}` : `/${encodeURIComponent(area)}`;
}

export function casePath(area: string, caseId: string, section?: string | null): string {
  const base = `/${encodeURIComponent(area)}/${CASES_SEGMENT}/${encodeURIComponent(caseId)}`;
  return section ? `${base}/${encodeURIComponent(section)}` : base;
}

/** The query parameters that belong to the whole visit (the embedded mode), kept when moving between pages. */
const KEPT_PARAMETERS = ['embed', 'lang'];

export function withKeptParameters(path: string, currentSearch: string): string {
  const current = new URLSearchParams(currentSearch);
  const kept = new URLSearchParams();
  for (const name of KEPT_PARAMETERS) {
    const value = current.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}
