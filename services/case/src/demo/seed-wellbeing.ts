import { addDays, awaitingValidationFrom, detectDip, required, type CheckInScores, type IsoDate } from '@terugkeer/domain';
import type { CheckInRecorded, ConsentChanged, RelapsePlanChanged, SessionReportChanged } from '@terugkeer/events';
import { demoId, recordEvent, type NewEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../modules/audit';
import type { Case } from '../modules/case/case.entity';
import { checkInRecordedPayload } from '../modules/check-in/check-in.events';
import { CheckInRepository } from '../modules/check-in/check-in.repository';
import { consentChangedPayload } from '../modules/consent/consent.events';
import { ConsentRepository } from '../modules/consent/consent.repository';
import { RelapsePlanRepository } from '../modules/relapse-prevention/relapse-plan.repository';
import { SessionReportRepository } from '../modules/session-report/session-report.repository';
import { DemoRepository } from './demo.repository';
import { demoCase } from './seed-dossier';

const SANNE = demoId('sanne');
const MARK = demoId('mark');
const DAAN = demoId('daan');
const JOOST = demoId('coach-joost');

const SIGNALS = [
  {
    id: 'slaap',
    description: 'Ik slaap slechter en word vroeg wakker',
    actions: ['Ik meld het bij het wekelijkse contact', 'Ik werk die week een dag minder'],
    asks: ['Mark schuift de opbouw een week op'],
  },
  {
    id: 'prikkels',
    description: 'Ik raak geprikkeld door drukte op de afdeling',
    actions: ['Ik doe administratieve taken in de stille ruimte'],
    asks: ['Mark plant geen overdrachten in die week'],
  },
  {
    id: 'piekeren',
    description: 'Ik blijf na het werk piekeren over taken',
    actions: ['Ik rond mijn taken aan het eind van de dag af met een collega'],
    asks: ['Een extra gesprek met de coach'],
  },
];

/** Eight weekly check-ins: a steady climb with one dip in week six, when demands outgrew resources. */
// One row per week reads as a table.
// prettier-ignore
const WEEKS: (CheckInScores & { signalIds: string[]; note: string | null })[] = [
  { energy: 4, mood: 5, sleep: 5, demands: 4, autonomy: 5, recognition: 5, socialSupport: 6, signalIds: [], note: 'Eerste week, voorzichtig begonnen.' },
  { energy: 5, mood: 5, sleep: 5, demands: 4, autonomy: 5, recognition: 6, socialSupport: 6, signalIds: [], note: null },
  { energy: 5, mood: 6, sleep: 6, demands: 5, autonomy: 6, recognition: 6, socialSupport: 7, signalIds: [], note: null },
  { energy: 6, mood: 6, sleep: 6, demands: 5, autonomy: 6, recognition: 6, socialSupport: 7, signalIds: [], note: null },
  { energy: 6, mood: 7, sleep: 6, demands: 5, autonomy: 6, recognition: 7, socialSupport: 7, signalIds: [], note: 'Goede week.' },
  { energy: 3, mood: 4, sleep: 3, demands: 8, autonomy: 4, recognition: 5, socialSupport: 5, signalIds: ['slaap', 'prikkels'], note: 'Drukke week door de reorganisatie.' },
  { energy: 5, mood: 6, sleep: 5, demands: 6, autonomy: 6, recognition: 6, socialSupport: 7, signalIds: [], note: null },
  { energy: 6, mood: 7, sleep: 6, demands: 5, autonomy: 7, recognition: 7, socialSupport: 7, signalIds: [], note: null },
];

interface DemoReport {
  kind: 'REFLECTION' | 'DIALOGUE' | 'THREE_WAY';
  daysAgo: number;
  summary: string;
  privateNotes: string;
  reflection?: { wentWell: string; wasHard: string; learned: string; nextTime: string };
  /** Steps after the draft, by whom. */
  steps: ('SUBMIT' | 'VALIDATE_SANNE' | 'VALIDATE_MARK' | 'RELEASE')[];
}

const REPORTS: DemoReport[] = [
  {
    kind: 'REFLECTION',
    daysAgo: 35,
    steps: ['SUBMIT', 'VALIDATE_SANNE', 'RELEASE'],
    summary: 'Sanne start met vier ochtenden administratie en roosterplanning. Afspraak: bij drukte op de afdeling werkt zij in de stille ruimte.',
    privateNotes: 'Sanne is gemotiveerd maar vindt het lastig grenzen aan te geven.',
    reflection: {
      wentWell: 'De ochtenden met administratie gaven rust en overzicht.',
      wasHard: 'Nee zeggen tegen een extra dienst die werd gevraagd.',
      learned: 'Vooraf zeggen wat wel en niet lukt voorkomt gedoe achteraf.',
      nextTime: 'Bij een extra vraag eerst in de planning kijken en dan pas antwoorden.',
    },
  },
  {
    kind: 'THREE_WAY',
    daysAgo: 21,
    steps: ['SUBMIT', 'VALIDATE_SANNE', 'VALIDATE_MARK'],
    summary: 'Mark en Sanne spreken af dat overdrachten de komende twee weken door een collega worden gedaan; evaluatie in week acht.',
    privateNotes: 'Goede sfeer; Mark denkt actief mee.',
  },
  {
    kind: 'DIALOGUE',
    daysAgo: 7,
    steps: ['SUBMIT', 'VALIDATE_SANNE'],
    summary: 'Daan en Sanne ronden taken aan het eind van de dag samen af, zodat niets blijft liggen.',
    privateNotes: 'Daan herkent de werkdruk op de afdeling.',
  },
  {
    kind: 'REFLECTION',
    daysAgo: 2,
    steps: [],
    summary: 'Terugblik op de drukke week: wat hielp en wat Sanne volgende keer eerder aangeeft.',
    privateNotes: 'Nog uitwerken na het gesprek.',
    reflection: {
      wentWell: 'De stille ruimte gebruiken toen het druk werd.',
      wasHard: 'De reorganisatie bracht veel onverwachte vragen.',
      learned: 'Eerder aangeven dat het te veel wordt helpt het team ook.',
      nextTime: 'Bij de start van een drukke week het weekoverleg gebruiken om taken te verdelen.',
    },
  },
];

type WellbeingEvent = CheckInRecorded | ConsentChanged | RelapsePlanChanged | SessionReportChanged;

function publish<E extends WellbeingEvent>(manager: EntityManager, found: Case, type: E['type'], payload: E['payload']) {
  return recordEvent<E>(manager, { type, aggregateId: found.id, organizationId: found.organizationId, payload } as NewEvent<E>);
}

async function audit(
  manager: EntityManager,
  found: Case,
  actor: string,
  role: string,
  dataClass: 'CONSENT' | 'RELAPSE_PLAN' | 'CHECK_IN' | 'SESSION_REPORT',
  recordId: string,
) {
  await appendAudit(manager, {
    actorUserId: actor,
    actorRole: role,
    ...auditSubjectOf(found),
    action: 'CREATE',
    dataClass,
    recordId,
    detail: { demo: true },
  });
}

/** Sanne's consents, relapse-prevention plan, check-ins and session reports in every state. */
export async function seedWellbeingDemo(dataSource: DataSource, today: IsoDate): Promise<void> {
  const found = await demoCase(dataSource, 'case:sanne');
  if (await new DemoRepository().hasRowsOfCase(dataSource, 'relapse_plans', found.id)) return;
  await dataSource.transaction(async (manager) => {
    const consents = new ConsentRepository(manager);
    for (const [scope, grantee] of [
      ['CHECK_IN_TREND', 'MANAGER'],
      ['CHECK_IN_DETAIL', 'COACH'],
      ['CHECK_IN_DETAIL', 'COMPANY_DOCTOR'],
    ] as const) {
      const row = await consents.record(found.id, scope, grantee, true, SANNE);
      await publish<ConsentChanged>(manager, found, 'consent.changed', consentChangedPayload(found, row));
      await audit(manager, found, SANNE, 'EMPLOYEE', 'CONSENT', `${scope}:${grantee}`);
    }

    const plans = new RelapsePlanRepository(manager);
    const planId = await plans.create(found.id);
    await plans.addVersion(
      planId,
      1,
      SIGNALS,
      'Een terugval hoort bij herstel. Als het even minder gaat, zeggen we dat op tijd tegen elkaar en passen we samen de opbouw aan.',
      JOOST,
    );
    await plans.agreeAsEmployee(planId, 1);
    await plans.bump(planId);
    await publish<RelapsePlanChanged>(manager, found, 'relapse-plan.changed', { caseId: found.id, planId, version: 1, agreed: true });
    await audit(manager, found, JOOST, 'COACH', 'RELAPSE_PLAN', planId);

    const checkIns = new CheckInRepository(manager);
    const history: CheckInScores[] = [];
    let dips = 0;
    for (const [week, { signalIds, note, ...scores }] of WEEKS.entries()) {
      const dip = detectDip(scores, history);
      dips += dip.isDip ? 1 : 0;
      const need = dip.isDip ? 'Een rustige plek om te werken en minder overdrachten tot de reorganisatie voorbij is' : null;
      const stored = await checkIns.insert(found.id, addDays(today, (week - WEEKS.length + 1) * 7), scores, { signalIds, privateNote: note, need }, dip);
      history.push(scores);
      await publish<CheckInRecorded>(manager, found, 'check-in.recorded', checkInRecordedPayload(found, stored, scores, dip));
      await audit(manager, found, SANNE, 'EMPLOYEE', 'CHECK_IN', stored.id);
    }
    if (dips !== 1) throw new Error(`The demo check-ins should hold exactly one dip, not ${dips}.`);

    const reports = new SessionReportRepository(manager);
    for (const report of REPORTS) {
      const validators = [SANNE, ...(report.kind === 'THREE_WAY' ? [MARK] : []), ...(report.kind === 'DIALOGUE' ? [DAAN] : [])];
      const id = await reports.insert({
        caseId: found.id,
        kind: report.kind,
        heldOn: addDays(today, -report.daysAgo),
        appointmentId: null,
        coachUserId: JOOST,
        colleagueUserId: report.kind === 'DIALOGUE' ? DAAN : null,
        privateNotes: report.privateNotes,
        summary: report.summary,
        reflection: report.reflection ?? null,
        state: 'DRAFT',
        validators,
      });
      await reports.remember(id, JOOST, 'CREATE', 'DRAFT');
      let validatedBy: string[] = [];
      for (const step of report.steps) {
        if (step === 'SUBMIT') await reports.moveTo(id, 'AWAITING_VALIDATION', []);
        if (step.startsWith('VALIDATE')) {
          validatedBy = [...validatedBy, step === 'VALIDATE_MARK' ? MARK : SANNE];
          await reports.moveTo(id, validators.every((v) => validatedBy.includes(v)) ? 'VALIDATED' : 'AWAITING_VALIDATION', validatedBy);
        }
        if (step === 'RELEASE') await reports.moveTo(id, 'RELEASED', validatedBy);
        const moved = required(await reports.byId(id), 'the demo session report just moved');
        await reports.remember(id, step === 'SUBMIT' ? JOOST : step === 'VALIDATE_MARK' ? MARK : SANNE, step, moved.state);
      }
      const stored = required(await reports.byId(id), 'the demo session report just written');
      await publish<SessionReportChanged>(manager, found, 'session-report.changed', {
        caseId: found.id,
        reportId: id,
        appointmentId: null,
        kind: stored.kind,
        state: stored.state,
        awaitingValidationFrom: awaitingValidationFrom(stored),
        changedAt: new Date().toISOString(),
      });
      await audit(manager, found, JOOST, 'COACH', 'SESSION_REPORT', id);
    }
  });
}
