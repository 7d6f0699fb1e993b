/** The sections of a case page in the manager remote, in the order of its tabs. */
export const CASE_SECTIONS = ['overview', 'plan', 'build-up', 'talks', 'documents'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

/** Which area of the shell this remote is showing: the address says, else the viewer's widest reach. */
export function managerArea(requested: string | null, isCaseManager: boolean): 'manager' | 'case-manager' {
  if (requested === 'manager' || requested === 'case-manager') return requested;
  return isCaseManager ? 'case-manager' : 'manager';
}
