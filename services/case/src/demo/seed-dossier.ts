import { addDays, isoWeekday, required, type ActionPlanContent, type IsoDate } from '@terugkeer/domain';
import { demoId } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { ActionPlanService } from '../modules/action-plan/action-plan.service';
import type { Case } from '../modules/case/case.entity';
import { CaseRepository } from '../modules/case/case.repository';
import { EscalationService } from '../modules/escalation/escalation.service';
import { EscalationAgreementWay, EscalationUrgency } from '../modules/escalation/escalation.types';
import { MedicalNotesService } from '../modules/medical-notes/medical-notes.service';
import { ProblemAnalysisService } from '../modules/problem-analysis/problem-analysis.service';
import { ProgrammeIntakeService } from '../modules/programme-intake/programme-intake.service';
import { DemoRepository } from './demo.repository';

const SANNE_CASE = 'case:sanne';
const SANNE = demoId('sanne');
const MARK = demoId('mark');
const EVA = demoId('doctor-eva');
const JOOST = demoId('coach-joost');

/** Midday of a demo day, so the stored moment falls on that date in every time zone we serve. */
const on = (date: IsoDate) => new Date(`${date}T12:00:00Z`);
const mondayOnOrAfter = (date: IsoDate) => addDays(date, (8 - isoWeekday(date)) % 7);

const exists = (dataSource: DataSource, table: string, caseId: string) => new DemoRepository().hasRowsOfCase(dataSource, table, caseId);

/** A demo case, which the directory seed has written before. */
export async function demoCase(dataSource: DataSource, key: string): Promise<Case> {
  const [found] = await new CaseRepository().byIds(dataSource, [demoId(key)]);
  return required(found, `the demo case ${key}`);
}

function planContent(firstWeek: IsoDate, phases: number[]): ActionPlanContent {
  return {
    activities: [
      { description: 'Wekelijks reflectiegesprek met de coach', deadline: addDays(firstWeek, 56) },
      { description: 'Inwerken in de nieuwe roosterplanning', deadline: addDays(firstWeek, 21) },
    ],
    goals: [
      { description: 'Vier ochtenden per week op de afdeling werken', deadline: addDays(firstWeek, 42) },
      { description: 'Weer zelfstandig een dagdienst draaien', deadline: addDays(firstWeek, 84) },
    ],
    contactPerson: 'Mark Jansen',
    evaluationEveryWeeks: 6,
    // Two weeks per phase, moving from partly at home to fully on the ward.
    hourAgreements: phases.map((hoursPerWeek, i) => ({
      weekStart: addDays(firstWeek, i * 14),
      hoursPerWeek,
      homeHours: Math.max(4 - i, 0),
      locationHours: hoursPerWeek - Math.max(4 - i, 0),
      tasksToStartWith: i === 0 ? ['administratie van de afdeling', 'roosterplanning'] : ['medicatieronde met een collega', 'overdracht'],
      tasksTooMuch: i < 2 ? ['avond- en nachtdiensten', 'coördinatie van de afdeling'] : ['nachtdiensten'],
      therapeutic: i === 0,
    })),
    contactAgreement: { frequency: 'WEEKLY', weekday: 1, time: '09:30', mode: 'PHONE', purpose: 'THINK_ALONG', meetingPlace: 'OFFICE' },
  };
}

/**
 * Sanne's dossier: a problem analysis on time with a medical note, a plan of action signed
 * by both (and a second version in progress), a programme intake and an acknowledged
 * escalation. Written through the modules' own services, so audit entries and events
 * are the real ones. Each part is added only when missing.
 */
export async function seedDossierDemo(dataSource: DataSource, today: IsoDate): Promise<void> {
  const found = await demoCase(dataSource, SANNE_CASE);
  const day = (sickDay: number) => addDays(found.firstSickDay, sickDay - 1);

  if (!(await exists(dataSource, 'problem_analyses', found.id))) {
    await new ProblemAnalysisService(dataSource).record(EVA, found, {
      expectedVersion: 0,
      occasion: null,
      recordedOn: day(38),
      possibilities: ['Kan zelfstandig administratief en plannend werk doen', 'Kan twee uur achter elkaar geconcentreerd werken'],
      limitations: ['Nog geen avond- en nachtdiensten', 'Geen werk onder hoge tijdsdruk', 'Maximaal vier uur per dag'],
      expectedDuration: 'Volledige terugkeer naar verwachting binnen drie tot vier maanden',
      employeeNeeds: 'Een vaste begintijd, een rustige werkplek en elke week een kort contact met Mark',
      advice: 'Start in korte dagdelen met rustige taken en bouw elke twee weken op. Evalueer de opbouw iedere zes weken.',
      advisedBuildUp: { maxHoursPerWeek: 24, maxIncreasePerWeek: 4 },
    });
    await new MedicalNotesService(dataSource).add(EVA, found, 'Spreekuur: herstel verloopt geleidelijk; opbouw in werk is verantwoord.', on(day(38)));
  }

  if (!(await exists(dataSource, 'action_plans', found.id))) {
    const plans = new ActionPlanService(dataSource);
    const firstWeek = mondayOnOrAfter(day(52));
    const drafted = await plans.save({ userId: JOOST, role: 'COACH' }, found, planContent(firstWeek, [8, 12, 16, 20]), 0, on(day(49)));
    const viewed = await plans.setEmployeeView(
      { userId: SANNE, role: 'EMPLOYEE' },
      found,
      'Ik wil graag eerst rust in mijn hoofd houden; korte dagen op de afdeling helpen me daarbij.',
      drafted.version,
      on(day(50)),
    );
    const bySanne = await plans.sign({ userId: SANNE, role: 'EMPLOYEE' }, found, 'EMPLOYEE', 1, viewed.version, on(day(51)));
    const byMark = await plans.sign({ userId: MARK, role: 'MANAGER' }, found, 'MANAGER', 1, bySanne.version, on(day(52)));
    await plans.save({ userId: JOOST, role: 'COACH' }, found, planContent(firstWeek, [8, 12, 16, 20, 24]), byMark.version, on(addDays(today, -3)));
  }

  if (!(await exists(dataSource, 'programme_intakes', found.id))) {
    await new ProgrammeIntakeService(dataSource).record(JOOST, found, true, null, on(day(45)));
  }

  if (!(await exists(dataSource, 'escalations', found.id))) {
    const escalations = new EscalationService(dataSource);
    const raised = await escalations.raise(
      JOOST,
      found,
      EVA,
      'Sanne merkt dat haar energie na de opbouw naar 12 uur sterk terugvalt; samen willen we dat de bedrijfsarts meekijkt.',
      EscalationUrgency.NORMAL,
      { way: EscalationAgreementWay.IN_TALK, agreedOn: addDays(today, -20) },
      on(addDays(today, -20)),
    );
    await escalations.acknowledge(EVA, found, raised, raised.version, 'Consult ingepland; opbouw voorlopig niet verder verhogen.', on(addDays(today, -19)));
  }
}
