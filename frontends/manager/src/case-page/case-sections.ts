/** The sections of a case page in the manager remote, in the order of its tabs. */
export const CASE_SECTIONS = ['overview', 'plan', 'build-up', 'talks', 'documents'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

/** The section an address asks for: none means the overview, an unknown one is null. */
export function caseSection(requested: string | null): CaseSection | null {
  if (requested === null) return 'overview';
  return (CASE_SECTIONS as readonly string[]).includes(requested) ? (requested as CaseSection) : null;
}

/** Which area of the shell this remote is showing: the address says, else the viewer's widest reach. */
export function managerArea(requested: string | null, isCaseManager: boolean): 'manager' | 'case-manager' {
  if (requested === 'manager' || requested === 'case-manager') return requested;
  return isCaseManager ? 'case-manager' : 'manager';
}
