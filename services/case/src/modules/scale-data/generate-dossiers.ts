import {
  addDays,
  daysBetween,
  detectDip,
  mondayOf,
  type ActionPlanContent,
  type CheckInScores,
  type DipResult,
  type HourAgreement,
  type IsoDate,
} from '@terugkeer/domain';
import { seededRandom } from './generate-organization';

/** A case as the generated dossier needs it. */
export interface CaseForDossier {
  caseId: string;
  firstSickDay: IsoDate;
  recoveryDate: IsoDate | null;
  /** Contract hours of the employee on the first sick day. */
  contractHours: number;
}

export interface GeneratedPlan {
  caseId: string;
  /** The day the case manager saved the plan; employee and manager sign it the next working days. */
  savedOn: IsoDate;
  signedOn: IsoDate;
  content: ActionPlanContent;
}

export interface GeneratedCheckIn {
  caseId: string;
  date: IsoDate;
  scores: CheckInScores;
  dip: DipResult;
}

export interface GeneratedDossiers {
  plans: GeneratedPlan[];
  checkIns: GeneratedCheckIn[];
}

/** A case gets a plan of action once the absence has lasted this long: the problem analysis is due in week 6, the plan in week 8. */
export const LONG_ABSENCE_DAYS = 42;
/** Share of employees in a long absence who keep a weekly check-in. */
export const CHECKING_IN_SHARE = 0.7;
/** At most this many check-ins a case: a year of weeks. */
const MAX_CHECK_INS = 52;
/** The build-up in phases of this many weeks: a quarter, half, three quarters, then the contract hours. */
const PHASE_WEEKS = 2;
const BUILD_UP_SHARES = [0.25, 0.5, 0.75, 1];

const TASKS = ['Administratie', 'Overleg met collega’s', 'Klantcontact', 'Planning', 'Inwerken nieuwe collega', 'Rapportages', 'Projectwerk'];
const CONTACT_MODES = ['PHONE', 'VIDEO', 'IN_PERSON'] as const;

const clampScore = (value: number) => Math.min(10, Math.max(1, Math.round(value)));

/**
 * The dossier of every long absence: a plan of action in week 7–8 with a build-up of hours
 * from a quarter to the contract hours (the first phase on a therapeutic basis), a contact
 * agreement and evaluations every six weeks; and, for most employees, a weekly check-in on
 * the Job Demands–Resources model whose energy, mood and sleep recover with the case and
 * whose dips are found by the same rule as the API's. Seeded: the same cases and seed give
 * the same dossiers.
 */
export function generateDossiers(cases: readonly CaseForDossier[], today: IsoDate, seed: number): GeneratedDossiers {
  const random = seededRandom(seed ^ 0x5eed);
  const plans: GeneratedPlan[] = [];
  const checkIns: GeneratedCheckIn[] = [];
  for (const found of cases) {
    const lastDay = found.recoveryDate ? addDays(found.recoveryDate, -1) : today;
    const length = daysBetween(found.firstSickDay, lastDay) + 1;
    if (length < LONG_ABSENCE_DAYS) continue;
    const savedOn = addDays(found.firstSickDay, LONG_ABSENCE_DAYS + Math.floor(random() * 14));
    if (savedOn <= today) plans.push(planOf(found, savedOn, today, random));
    if (random() < CHECKING_IN_SHARE) checkIns.push(...checkInsOf(found, lastDay, length, random));
  }
  return { plans, checkIns };
}

function planOf(found: CaseForDossier, savedOn: IsoDate, today: IsoDate, random: () => number): GeneratedPlan {
  const firstMonday = addDays(mondayOf(savedOn), 7);
  const hours = Math.max(4, found.contractHours);
  const hourAgreements: HourAgreement[] = BUILD_UP_SHARES.map((share, phase) => {
    const hoursPerWeek = Math.max(2, Math.round(hours * share));
    const homeHours = phase === 0 ? Math.round(hoursPerWeek / 2) : Math.round(hoursPerWeek * 0.2);
    return {
      weekStart: addDays(firstMonday, phase * PHASE_WEEKS * 7),
      hoursPerWeek,
      homeHours,
      locationHours: hoursPerWeek - homeHours,
      tasksToStartWith: [TASKS[Math.floor(random() * TASKS.length)]],
      tasksTooMuch: phase < 2 ? [TASKS[Math.floor(random() * TASKS.length)]] : [],
      therapeutic: phase === 0,
    };
  });
  const mode = CONTACT_MODES[Math.floor(random() * CONTACT_MODES.length)];
  const signedOn = addDays(savedOn, 1 + Math.floor(random() * 3));
  return {
    caseId: found.caseId,
    savedOn,
    signedOn: signedOn > today ? savedOn : signedOn,
    content: {
      activities: [
        { description: 'Gesprek met de bedrijfsarts over de opbouw', deadline: addDays(savedOn, 14) },
        { description: 'Werkplek en taken aanpassen', deadline: addDays(savedOn, 21) },
      ],
      goals: [{ description: 'Terug in de eigen functie met de contracturen', deadline: addDays(firstMonday, BUILD_UP_SHARES.length * PHASE_WEEKS * 7) }],
      contactPerson: 'Casemanager',
      evaluationEveryWeeks: 6,
      hourAgreements,
      contactAgreement: {
        frequency: random() < 0.6 ? 'WEEKLY' : 'BIWEEKLY',
        weekday: 1 + Math.floor(random() * 5),
        time: `${String(9 + Math.floor(random() * 7)).padStart(2, '0')}:00`,
        mode,
        purpose: 'THINK_ALONG',
        meetingPlace: mode === 'IN_PERSON' ? 'OFFICE' : 'ONLINE',
      },
    },
  };
}

/** Weekly from the end of the first week: energy, mood and sleep rise as the case goes on, demands and resources wander. */
function checkInsOf(found: CaseForDossier, lastDay: IsoDate, length: number, random: () => number): GeneratedCheckIn[] {
  const result: GeneratedCheckIn[] = [];
  const earlier: CheckInScores[] = [];
  const noise = () => (random() - 0.5) * 3;
  for (let day = 7; day < length && result.length < MAX_CHECK_INS; day += 7) {
    const progress = day / length;
    const scores: CheckInScores = {
      energy: clampScore(3 + 5 * progress + noise()),
      mood: clampScore(4 + 4 * progress + noise()),
      sleep: clampScore(4 + 3 * progress + noise()),
      demands: clampScore(5 + noise()),
      autonomy: clampScore(5 + 2 * progress + noise()),
      recognition: clampScore(5 + 2 * progress + noise()),
      socialSupport: clampScore(6 + noise()),
    };
    result.push({ caseId: found.caseId, date: addDays(found.firstSickDay, day), scores, dip: detectDip(scores, earlier) });
    earlier.push(scores);
  }
  return result;
}
