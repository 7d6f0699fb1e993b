import { contactAgreementLabels, milestoneKindLabels, signerRoleLabels, weekdayLabels } from '@terugkeer/domain';
import type { ActionPlanVersionChangedPayload, ContactAgreementPayload, MilestonePayload } from '@terugkeer/events';
import type { DocumentFacts } from './case-document.types';
import type { DocumentText } from './document-text';
import type { PdfWriter } from './pdf-writer';

interface PlanItem {
  description: string;
  deadline: string;
}

const items = (value: unknown): PlanItem[] => (Array.isArray(value) ? (value as PlanItem[]) : []);

function header(writer: PdfWriter, title: string, facts: DocumentFacts, text: DocumentText) {
  writer.title(title);
  writer.field(text.t('employer'), facts.organizationName);
  writer.field(text.t('employee'), facts.name);
  writer.field(text.t('employeeNumber'), facts.employeeNumber);
  writer.field(text.t('firstSickDay'), text.date(facts.firstSickDay));
  writer.field(text.t('recoveryDate'), facts.recoveryDate ? text.date(facts.recoveryDate) : text.t('notRecovered'));
  writer.paragraph(text.t('noMedicalData'), { muted: true });
}

function contactAgreement(writer: PdfWriter, contact: ContactAgreementPayload | null, text: DocumentText) {
  writer.subheading(text.t('contactAgreement'));
  if (!contact) {
    writer.paragraph(text.t('noContactAgreement'));
    return;
  }
  const weekday = contact.weekday ? text.label(weekdayLabels, String(contact.weekday)) : null;
  const when = weekday && contact.time ? text.t('onWeekdayAt', { weekday, time: contact.time }) : weekday ? text.t('onWeekday', { weekday }) : null;
  writer.field(text.t('howOften'), [text.label(contactAgreementLabels, contact.frequency), when].filter(Boolean).join(', '));
  writer.field(text.t('how'), text.label(contactAgreementLabels, contact.mode));
  writer.field(text.t('purpose'), text.label(contactAgreementLabels, contact.purpose));
  if (contact.meetingPlace) writer.field(text.t('place'), text.label(contactAgreementLabels, contact.meetingPlace));
}

function planVersion(writer: PdfWriter, plan: ActionPlanVersionChangedPayload, text: DocumentText) {
  const content = plan.content as { goals?: unknown; activities?: unknown; contactPerson?: string | null };
  const title = [text.t('version', { number: plan.version }), text.t('savedOn', { date: text.dayOf(plan.savedAt) }), plan.signed ? text.t('signed') : null];
  writer.heading(title.filter(Boolean).join(' – '));
  for (const [key, list] of [
    ['goals', items(content.goals)],
    ['activities', items(content.activities)],
  ] as const) {
    writer.subheading(text.t(key));
    if (list.length === 0) writer.paragraph(text.t('noneYet'));
    for (const item of list) writer.bullet(text.t('byDate', { text: item.description, date: text.date(item.deadline) }));
  }
  writer.subheading(text.t('hourAgreements'));
  if (plan.hourAgreements.length === 0) writer.paragraph(text.t('noneYet'));
  for (const hours of plan.hourAgreements) {
    const line = text.t('hourLine', {
      date: text.date(hours.weekStart),
      hours: text.number(hours.hoursPerWeek),
      home: text.number(hours.homeHours),
      location: text.number(hours.locationHours),
    });
    const details = [
      hours.therapeutic ? text.t('therapeutic') : null,
      hours.tasksToStartWith?.length ? text.t('startWith', { tasks: hours.tasksToStartWith.join(', ') }) : null,
      hours.tasksTooMuch?.length ? text.t('stillTooMuch', { tasks: hours.tasksTooMuch.join(', ') }) : null,
    ];
    writer.bullet([line, ...details].filter(Boolean).join('. '));
  }
  contactAgreement(writer, plan.contactAgreement, text);
  writer.field(text.t('contactPerson'), content.contactPerson);
  writer.field(text.t('evaluation'), text.t('everyWeeks', { weeks: plan.evaluationEveryWeeks }));
  writer.subheading(text.t('signatures'));
  if (plan.signatures.length === 0) writer.paragraph(text.t('notSigned'));
  for (const signature of plan.signatures) {
    writer.bullet(text.t('signatureLine', { name: signature.name, role: text.label(signerRoleLabels, signature.role), date: text.dayOf(signature.signedAt) }));
  }
}

/** The plan with every version and its signatures, oldest version first; without a plan, what will come. */
export function renderActionPlan(writer: PdfWriter, facts: DocumentFacts, text: DocumentText): void {
  header(writer, text.planTitle, facts, text);
  if (facts.planVersions.length === 0) {
    writer.heading(text.t('noPlanYet'));
    writer.paragraph(text.t('noPlanNext'));
  }
  for (const plan of facts.planVersions) planVersion(writer, plan, text);
}

/** `Evaluatie plan van aanpak 3` for the milestone `EVALUATION#3`. */
function milestoneName(milestone: MilestonePayload, text: DocumentText): string {
  const [, ordinal] = milestone.key.split('#');
  const name = text.label(milestoneKindLabels, milestone.kind);
  return ordinal ? `${name} ${ordinal}` : name;
}

function evaluationLine(milestone: MilestonePayload, text: DocumentText): string {
  const params = { name: milestoneName(milestone, text), due: text.date(milestone.dueDate), held: text.date(milestone.fulfilledOn) };
  if (milestone.fulfilledOn) return text.t(milestone.onTime === false ? 'evaluationLate' : 'evaluationHeld', params);
  return text.t(milestone.status === 'OVERDUE' ? 'evaluationMissed' : 'evaluationPlanned', params);
}

/** The progress report with the sections the re-integratieverslag asks for. */
export function renderProgressReport(writer: PdfWriter, facts: DocumentFacts, today: string, text: DocumentText): void {
  header(writer, text.t('progressReport'), facts, text);

  writer.heading(text.t('sectionCourse'));
  for (const report of facts.reports) {
    const opening = [text.t('sickReport', { date: text.date(report.firstSickDay) }), report.relapse ? `(${text.t('relapse')})` : null]
      .filter(Boolean)
      .join(' ');
    const recovered = report.recoveryDate ? text.t('recoveredOn', { date: text.date(report.recoveryDate) }) : text.t('notRecovered');
    const steps = report.intervals.map(
      (i) => `${text.t('absentFrom', { date: text.date(i.from), percentage: i.percentage })}${i.therapeutic ? ` (${text.t('therapeutic')})` : ''}`,
    );
    writer.bullet(`${opening}, ${recovered}: ${steps.join('; ')}`);
  }

  writer.heading(text.t('sectionAnalysis'));
  if (facts.analyses.length === 0) writer.paragraph(text.t('noAnalysis'));
  for (const analysis of facts.analyses) {
    writer.subheading(text.t('analysisOf', { date: text.date(analysis.recordedOn) }));
    for (const [key, list] of [
      ['possibilities', analysis.possibilities],
      ['limitations', analysis.limitations],
    ] as const) {
      writer.paragraph(text.t(key));
      for (const line of list) writer.bullet(line);
    }
    writer.field(text.t('expectedDuration'), analysis.expectedDuration);
    writer.field(text.t('advice'), analysis.advice);
  }

  writer.heading(text.t('sectionPlan', { plan: text.planTitle }));
  if (facts.planVersions.length === 0) writer.paragraph(text.t('noPlanYet'));
  for (const plan of facts.planVersions) {
    const signers = plan.signatures
      .map((s) => text.t('signatureLine', { name: s.name, role: text.label(signerRoleLabels, s.role), date: text.dayOf(s.signedAt) }))
      .join(', ');
    const date = text.dayOf(plan.savedAt);
    writer.bullet(plan.signed ? text.t('versionSigned', { number: plan.version, date, signers }) : text.t('versionUnsigned', { number: plan.version, date }));
  }

  writer.heading(text.t('sectionEvaluations'));
  // Held or due evaluations, and the next one planned; not the whole two-year calendar.
  const all = facts.milestones.filter((m) => m.kind === 'EVALUATION' || m.key.startsWith('EVALUATION'));
  const next = all.find((m) => !m.fulfilledOn && m.dueDate > today);
  const evaluations = all.filter((m) => m.fulfilledOn || m.dueDate <= today || m === next);
  if (evaluations.length === 0) writer.paragraph(text.t('noEvaluations'));
  for (const milestone of evaluations) writer.bullet(evaluationLine(milestone, text));

  writer.heading(text.t('sectionHours'));
  if (facts.weeks.length === 0) writer.paragraph(text.t('noBuildUp'));
  for (const week of facts.weeks) {
    const params = { date: text.date(week.weekStart), planned: text.number(week.plannedHours), actual: text.number(week.actualHours ?? 0) };
    const line = week.actualHours === null ? text.t('weekNotEntered', params) : text.t('weekWorked', params);
    writer.bullet(week.therapeutic ? `${line} (${text.t('therapeutic')})` : line);
  }

  writer.heading(text.t('sectionView'));
  const view = (facts.planVersions.at(-1)?.content as { employeeView?: string | null } | undefined)?.employeeView;
  writer.paragraph(view ? view : text.t('noView'));
}
