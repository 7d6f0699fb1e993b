import { calendarDateIn, REINTEGRATION_PLAN_NAME, timeZoneOf, type TimeZone } from '@terugkeer/domain';
import type { ActionPlanVersionChangedPayload } from '@terugkeer/events';
import type { Queryable } from '@terugkeer/service-kit';
import { SickReportRepository } from '../absence/sick-report.repository';
import { CaseAccessRepository } from '../case/case-access.repository';
import { DirectoryRepository } from '../directory/directory.repository';
import { CaseProgressRepository } from '../progress/case-progress.repository';
import { CaseDocumentRepository } from './case-document.repository';
import type { DocumentFacts } from './case-document.types';
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
    employeeNumber: timeline ? await directory.employeeNumber(timeline.employeeId) : null,
    firstSickDay: summary.firstSickDay,
    recoveryDate: summary.recoveryDate,
    status: summary.status,
    jurisdiction: timeline?.jurisdiction ?? 'NL',
    timeZone: timeZoneOf(timeline?.jurisdiction ?? 'NL'),
    planVersions: plans,
    analyses: analyses.sort((a, b) => a.recordedOn.localeCompare(b.recordedOn)),
    milestones: timeline?.milestones ?? [],
    weeks,
    reports,
  };
}

const ROLE = { EMPLOYEE: 'werknemer', MANAGER: 'leidinggevende' } as const;
const PURPOSE = { INFORM: 'informeren', THINK_ALONG: 'meedenken', EVALUATE: 'evalueren' } as const;
const WEEKDAY = ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

interface PlanItem {
  description: string;
  deadline: string;
}

const items = (value: unknown): PlanItem[] => (Array.isArray(value) ? (value as PlanItem[]) : []);

function header(writer: PdfWriter, title: string, facts: DocumentFacts) {
  writer.title(title);
  writer.field('Werkgever', facts.organizationName);
  writer.field('Personeelsnummer', facts.employeeNumber);
  writer.field('Eerste ziektedag', facts.firstSickDay);
  writer.field('Hersteldatum', facts.recoveryDate);
  writer.paragraph('Dit document bevat geen medische gegevens: alleen afspraken, functionele mogelijkheden en uren.', { muted: true });
}

function planVersion(writer: PdfWriter, plan: ActionPlanVersionChangedPayload, zone: TimeZone) {
  const day = (instant: string) => calendarDateIn(zone, instant);
  const content = plan.content as { goals?: unknown; activities?: unknown; contactPerson?: string | null; status?: string };
  writer.heading(`Versie ${plan.version} - opgeslagen ${day(plan.savedAt)}${plan.signed ? ' - ondertekend' : ''}`);
  writer.paragraph('Doelen');
  for (const goal of items(content.goals)) writer.bullet(`${goal.description} (uiterlijk ${goal.deadline})`);
  writer.paragraph('Activiteiten');
  for (const activity of items(content.activities)) writer.bullet(`${activity.description} (uiterlijk ${activity.deadline})`);
  writer.paragraph('Afspraken over uren');
  for (const hours of plan.hourAgreements) {
    const tasks = hours.tasksToStartWith?.length ? `; starten met: ${hours.tasksToStartWith.join(', ')}` : '';
    const tooMuch = hours.tasksTooMuch?.length ? `; nog te veel: ${hours.tasksTooMuch.join(', ')}` : '';
    writer.bullet(
      `Vanaf week van ${hours.weekStart}: ${hours.hoursPerWeek} uur per week (${hours.homeHours} thuis, ${hours.locationHours} op locatie)` +
        `${hours.therapeutic ? ', op arbeidstherapeutische basis' : ''}${tasks}${tooMuch}`,
    );
  }
  const contact = plan.contactAgreement;
  writer.field(
    'Contactafspraak',
    contact &&
      `${contact.frequency.toLowerCase()}${contact.weekday ? ` op ${WEEKDAY[contact.weekday]}` : ''}${contact.time ? ` om ${contact.time}` : ''}, ` +
        `${contact.mode.toLowerCase()}, doel: ${PURPOSE[contact.purpose] ?? contact.purpose}${contact.meetingPlace ? `, plaats: ${contact.meetingPlace.toLowerCase()}` : ''}`,
  );
  writer.field('Contactpersoon', content.contactPerson);
  writer.field('Evaluatie', `elke ${plan.evaluationEveryWeeks} weken`);
  writer.paragraph('Handtekeningen');
  if (plan.signatures.length === 0) writer.bullet('nog niet ondertekend');
  for (const signature of plan.signatures) writer.bullet(`${signature.name} (${ROLE[signature.role]}), ${day(signature.signedAt)}`);
}

/** The plan of action (in Belgium: the re-integratieplan) with every version and its signatures, oldest version first. */
export async function actionPlanPdf(facts: DocumentFacts): Promise<Uint8Array> {
  const name = REINTEGRATION_PLAN_NAME[facts.jurisdiction].nl;
  const writer = await PdfWriter.create(name, `${name} - ${facts.employeeNumber ?? facts.caseId}`);
  header(writer, name, facts);
  if (facts.planVersions.length === 0) writer.paragraph(`Er is nog geen ${name.toLowerCase()} opgesteld.`);
  for (const plan of facts.planVersions) planVersion(writer, plan, facts.timeZone);
  return writer.bytes();
}

/** The progress report with the sections the re-integratieverslag asks for. */
export async function progressReportPdf(facts: DocumentFacts, today: string): Promise<Uint8Array> {
  const writer = await PdfWriter.create('Voortgangsrapportage re-integratie', `Voortgangsrapportage - ${facts.employeeNumber ?? facts.caseId}`);
  header(writer, 'Voortgangsrapportage re-integratie', facts);

  writer.heading('1. Eerste ziektedag en verloop van het verzuim');
  for (const report of facts.reports) {
    const steps = report.intervals.map((i) => `${i.from}: ${i.percentage}%${i.therapeutic ? ' (arbeidstherapeutisch)' : ''}`).join('; ');
    writer.bullet(`Ziekmelding ${report.firstSickDay}${report.relapse ? ' (terugval)' : ''}, hersteld ${report.recoveryDate ?? '-'}: ${steps}`);
  }

  writer.heading('2. Probleemanalyse en functionele mogelijkheden');
  if (facts.analyses.length === 0) writer.paragraph('Nog geen probleemanalyse ontvangen.');
  for (const analysis of facts.analyses) {
    writer.field('Probleemanalyse van', analysis.recordedOn);
    writer.paragraph('Mogelijkheden');
    for (const possibility of analysis.possibilities) writer.bullet(possibility);
    writer.paragraph('Beperkingen');
    for (const limitation of analysis.limitations) writer.bullet(limitation);
    writer.field('Verwachte duur', analysis.expectedDuration);
    writer.field('Advies', analysis.advice);
  }

  const planName = REINTEGRATION_PLAN_NAME[facts.jurisdiction].nl;
  writer.heading(`3. ${planName} en bijstellingen`);
  if (facts.planVersions.length === 0) writer.paragraph(`Er is nog geen ${planName.toLowerCase()} opgesteld.`);
  const day = (instant: string) => calendarDateIn(facts.timeZone, instant);
  for (const plan of facts.planVersions) {
    const signers = plan.signatures.map((s) => `${s.name} (${ROLE[s.role]}) ${day(s.signedAt)}`).join(', ');
    writer.bullet(`Versie ${plan.version}, ${day(plan.savedAt)}: ${plan.signed ? `ondertekend door ${signers}` : 'niet (volledig) ondertekend'}`);
  }

  writer.heading('4. Evaluaties');
  // Held or due evaluations, and the next one planned; not the whole two-year calendar.
  const all = facts.milestones.filter((m) => m.kind === 'EVALUATION' || m.key.startsWith('EVALUATION'));
  const next = all.find((m) => !m.fulfilledOn && m.dueDate > today);
  const evaluations = all.filter((m) => m.fulfilledOn || m.dueDate <= today || m === next);
  if (evaluations.length === 0) writer.paragraph('Nog geen evaluatiemomenten.');
  for (const m of evaluations) {
    const held = m.fulfilledOn
      ? `gehouden ${m.fulfilledOn}${m.onTime === false ? ' (te laat)' : ''}`
      : m.status === 'OVERDUE'
        ? 'niet gehouden, termijn verstreken'
        : 'nog niet gehouden';
    writer.bullet(`${m.key}: gepland ${m.dueDate}, ${held}`);
  }

  writer.heading('5. Gewerkte uren');
  if (facts.weeks.length === 0) writer.paragraph('Nog geen opbouwschema.');
  for (const week of facts.weeks) {
    writer.bullet(
      `Week van ${week.weekStart}: gepland ${week.plannedHours} uur, gewerkt ${week.actualHours ?? '-'} uur${week.therapeutic ? ' (arbeidstherapeutisch)' : ''}`,
    );
  }

  writer.heading('6. Visie van de werknemer');
  const view = (facts.planVersions.at(-1)?.content as { employeeView?: string | null } | undefined)?.employeeView;
  writer.paragraph(view ? view : 'De werknemer heeft (nog) geen eigen visie vastgelegd.');
  return writer.bytes();
}
