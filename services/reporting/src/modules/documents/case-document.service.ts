import { PLATFORM_TIME_ZONE, timeZoneOf } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';
import { SickReportRepository } from '../absence/sick-report.repository';
import { CaseAccessRepository } from '../case/case-access.repository';
import { DirectoryRepository } from '../directory/directory.repository';
import { CaseProgressRepository } from '../progress/case-progress.repository';
import { CaseDocumentRepository } from './case-document.repository';
import type { DocumentFacts } from './case-document.types';
import { renderActionPlan, renderProgressReport } from './document-content';
import type { DocumentLanguage } from './document-language';
import { documentText } from './document-text';
import { PdfWriter } from './pdf-writer';

/** Everything the exports print about the case, each part from the module that keeps it; null for a case the read model does not know. */
export async function documentFacts(db: Queryable, caseId: string): Promise<DocumentFacts | null> {
  const summary = await new CaseAccessRepository(db).summary(caseId);
  if (!summary) return null;
  const directory = new DirectoryRepository(db);
  const progress = new CaseProgressRepository(db);
  const documents = new CaseDocumentRepository(db);
  const [organizationName, timeline, plans, analyses, weeks, reports] = await Promise.all([
    directory.organizationName(summary.organizationId),
    progress.timeline(caseId),
    documents.planVersions(caseId),
    documents.analyses(caseId),
    progress.buildUpWeeks(caseId),
    new SickReportRepository(db).ofCase(caseId),
  ]);
  return {
    caseId,
    organizationName,
    ...(timeline ? await directory.employeeIdentity(timeline.employeeId) : { employeeNumber: null, name: null }),
    firstSickDay: summary.firstSickDay,
    recoveryDate: summary.recoveryDate,
    status: summary.status,
    jurisdiction: timeline?.jurisdiction ?? 'NL',
    timeZone: timeline ? timeZoneOf(timeline.jurisdiction) : PLATFORM_TIME_ZONE,
    planVersions: plans,
    analyses: analyses.sort((a, b) => a.recordedOn.localeCompare(b.recordedOn)),
    milestones: timeline?.milestones ?? [],
    weeks,
    reports,
  };
}

/** The plan of action (re-integratieplan in Belgium) with every version and its signatures, oldest version first. */
export async function actionPlanPdf(facts: DocumentFacts, language: DocumentLanguage): Promise<Uint8Array> {
  const text = documentText(language, facts);
  const writer = await PdfWriter.create(text.pdfOptions(text.planTitle));
  renderActionPlan(writer, facts, text);
  return writer.bytes();
}

/** The progress report with the sections the re-integratieverslag asks for. */
export async function progressReportPdf(facts: DocumentFacts, today: string, language: DocumentLanguage): Promise<Uint8Array> {
  const text = documentText(language, facts);
  const writer = await PdfWriter.create(text.pdfOptions(text.t('progressReport'), text.t('progressReportShort')));
  renderProgressReport(writer, facts, today, text);
  return writer.bytes();
}
