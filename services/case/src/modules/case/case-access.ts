import { caseRelationships, type CaseRelationship } from '@terugkeer/domain';
import { notFound } from '@terugkeer/service-kit';
import type { CaseContext } from '../../context';

/** The viewer's relationships with a case; none means the case does not exist for them. */
export async function relationshipsWithCase(context: CaseContext, caseId: string): Promise<CaseRelationship[]> {
  const facts = await context.loaders.caseAccessFacts.load(caseId);
  return facts ? caseRelationships(context.viewer, facts) : [];
}

/** Loads a case the viewer may see, or fails exactly as if it did not exist. */
export async function requireVisibleCase(context: CaseContext, caseId: string) {
  const relationships = await relationshipsWithCase(context, caseId);
  const found = relationships.length > 0 ? await context.loaders.case.load(caseId) : null;
  if (!found) throw notFound('Case', caseId);
  return { case: found, relationships };
}
