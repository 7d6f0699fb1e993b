import { addDays, isoWeekday } from '@terugkeer/domain';
import { demoId } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { currentPlan, recordActual, savePlanVersion } from '../modules/build-up/build-up.service';
import { demoToday, sanneCase } from './demo-case';

/** Planned hours per week from six weeks ago on (home, location) and what Sanne really worked. */
const WEEKS: { offset: number; home: number; location: number; actual: number | null; tasks: string[] }[] = [
  { offset: -6, home: 4, location: 4, actual: 8, tasks: ['Administratie bijwerken'] },
  { offset: -5, home: 4, location: 4, actual: 8, tasks: ['Administratie bijwerken'] },
  { offset: -4, home: 4, location: 8, actual: 12, tasks: ['Administratie', 'Overdracht bijwonen'] },
  { offset: -3, home: 4, location: 8, actual: 12, tasks: ['Administratie', 'Overdracht bijwonen'] },
  { offset: -2, home: 4, location: 12, actual: 12, tasks: ['Eén vaste cliënt', 'Overdracht'] },
  { offset: -1, home: 4, location: 12, actual: 11.5, tasks: ['Eén vaste cliënt', 'Overdracht'] },
  { offset: 0, home: 4, location: 16, actual: null, tasks: ['Twee vaste cliënten'] },
  { offset: 1, home: 4, location: 16, actual: null, tasks: ['Twee vaste cliënten'] },
  { offset: 2, home: 4, location: 20, actual: null, tasks: ['Halve diensten'] },
];

/**
 * Sanne's build-up from the plan of action, with her worked hours stuck at 12 while the plan
 * rose to 16: two weeks below plan in a row, so coach and case manager get a stagnation alert.
 */
export async function seedDemoBuildUp(manager: EntityManager, now = new Date()): Promise<boolean> {
  const today = demoToday(now);
  const facts = sanneCase(today);
  if (await currentPlan(manager, facts.caseId)) return false;
  const monday = addDays(today, 1 - isoWeekday(today));
  const weekStart = (offset: number) => addDays(monday, 7 * offset);
  await savePlanVersion(
    manager,
    facts,
    WEEKS.map((w) => ({ weekStart: weekStart(w.offset), homeHours: w.home, locationHours: w.location, therapeutic: w.offset < -3, tasks: w.tasks })),
    'ACTION_PLAN',
    { actionPlanVersion: 1, actorId: demoId('fatima') },
  );
  for (const week of WEEKS) {
    if (week.actual !== null) await recordActual(manager, facts, weekStart(week.offset), week.actual, demoId('sanne'));
  }
  return true;
}
