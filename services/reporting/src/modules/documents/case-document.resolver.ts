import { caseRelationships, todayIn } from '@terugkeer/domain';
import { notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ReportingContext } from '../../context';
import { actionPlanPdf, documentFacts, progressReportPdf } from './case-document.service';
import { CaseDocument, type DocumentFacts } from './case-document.types';
import { DocumentLanguage } from './document-language';

/** The case manager files these with UWV; the employee may download those of her own case. */
async function visibleDocumentFacts(context: ReportingContext, caseId: string): Promise<DocumentFacts> {
  const access = await context.loaders.caseAccess.load(caseId);
  const relationships = access ? caseRelationships(context.viewer, access) : [];
  if (!relationships.includes('CASE_MANAGER') && !relationships.includes('EMPLOYEE')) throw notFound('Case', caseId);
  const facts = await documentFacts(context.dataSource, caseId);
  if (!facts) throw notFound('Case', caseId);
  return facts;
}

const pdf = (name: string, facts: DocumentFacts, bytes: Uint8Array): CaseDocument => ({
  fileName: `${name}-${facts.employeeNumber ?? facts.caseId}.pdf`,
  contentType: 'application/pdf',
  byteLength: bytes.byteLength,
  base64: Buffer.from(bytes).toString('base64'),
});

@Resolver()
export class CaseDocumentResolver {
  @Authorized('CASE_MANAGER', 'EMPLOYEE')
  @Query(() => CaseDocument, {
    description: 'The plan of action (re-integration plan in Belgium) as a PDF: every version with its signatures. No medical content.',
  })
  async actionPlanDocument(
    @Arg('caseId', () => ID) caseId: string,
    // The query planner may forward an unset variable as an absent argument, past the default.
    @Arg('language', () => DocumentLanguage, { defaultValue: DocumentLanguage.NL }) language: DocumentLanguage | undefined,
    @Ctx() context: ReportingContext,
  ): Promise<CaseDocument> {
    const facts = await visibleDocumentFacts(context, caseId);
    return pdf(facts.jurisdiction === 'BE' ? 're-integratieplan' : 'plan-van-aanpak', facts, await actionPlanPdf(facts, language ?? DocumentLanguage.NL));
  }

  @Authorized('CASE_MANAGER', 'EMPLOYEE')
  @Query(() => CaseDocument, {
    description: 'The progress report as a PDF, with the sections of the re-integratieverslag. No medical content.',
  })
  async progressReportDocument(
    @Arg('caseId', () => ID) caseId: string,
    // The query planner may forward an unset variable as an absent argument, past the default.
    @Arg('language', () => DocumentLanguage, { defaultValue: DocumentLanguage.NL }) language: DocumentLanguage | undefined,
    @Ctx() context: ReportingContext,
  ): Promise<CaseDocument> {
    const facts = await visibleDocumentFacts(context, caseId);
    return pdf('voortgangsrapportage', facts, await progressReportPdf(facts, todayIn(facts.timeZone, new Date()), language ?? DocumentLanguage.NL));
  }
}
