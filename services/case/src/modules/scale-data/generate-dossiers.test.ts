import { addDays, daysBetween, detectDip, isoWeekday, required, validateActionPlanContent } from '@terugkeer/domain';
import { generateDossiers, LONG_ABSENCE_DAYS, type CaseForDossier } from './generate-dossiers';
import { seededRandom } from './generate-organization';

const today = '2026-12-01';
const random = seededRandom(3);
const cases: CaseForDossier[] = Array.from({ length: 400 }, (_, n) => {
  const firstSickDay = addDays(today, -1 - Math.floor(random() * 700));
  const length = 1 + Math.floor(random() * 300);
  const recoveryDate = addDays(firstSickDay, length);
  return { caseId: `case-${n}`, firstSickDay, recoveryDate: recoveryDate > today ? null : recoveryDate, contractHours: 16 + 4 * (n % 7) };
});
const dossiers = generateDossiers(cases, today, 7);
const byId = new Map(cases.map((found) => [found.caseId, found]));
const caseOf = (caseId: string) => required(byId.get(caseId), `case ${caseId}`);
const lastDayOf = (found: CaseForDossier) => (found.recoveryDate ? addDays(found.recoveryDate, -1) : today);

describe('the generated dossiers', () => {
  it('are the same for the same seed and others for another', () => {
    expect(generateDossiers(cases, today, 7)).toEqual(dossiers);
    expect(generateDossiers(cases, today, 8)).not.toEqual(dossiers);
  });

  it('give a plan of action only to absences of six weeks or more, saved in week 7 or 8 and never after today', () => {
    expect(dossiers.plans.length).toBeGreaterThan(0);
    for (const plan of dossiers.plans) {
      const found = caseOf(plan.caseId);
      expect(daysBetween(found.firstSickDay, lastDayOf(found)) + 1).toBeGreaterThanOrEqual(LONG_ABSENCE_DAYS);
      expect(daysBetween(found.firstSickDay, plan.savedOn)).toBeGreaterThanOrEqual(LONG_ABSENCE_DAYS);
      expect(daysBetween(found.firstSickDay, plan.savedOn)).toBeLessThan(LONG_ABSENCE_DAYS + 14);
      expect(plan.savedOn <= plan.signedOn && plan.signedOn <= today).toBe(true);
    }
    const long = cases.filter((found) => daysBetween(found.firstSickDay, lastDayOf(found)) + 1 >= LONG_ABSENCE_DAYS + 14);
    expect(long.every((found) => dossiers.plans.some((plan) => plan.caseId === found.caseId))).toBe(true);
  });

  it('build the hours up from a therapeutic quarter to the contract hours, in plans the API would accept', () => {
    for (const plan of dossiers.plans) {
      expect(validateActionPlanContent(plan.content)).toEqual([]);
      const phases = plan.content.hourAgreements;
      expect(phases.every((phase) => isoWeekday(phase.weekStart) === 1 && phase.homeHours + phase.locationHours === phase.hoursPerWeek)).toBe(true);
      expect(phases.map((phase) => phase.therapeutic)).toEqual([true, false, false, false]);
      expect(phases[phases.length - 1].hoursPerWeek).toBe(caseOf(plan.caseId).contractHours);
      expect(phases.map((phase) => phase.hoursPerWeek)).toEqual([...phases.map((phase) => phase.hoursPerWeek)].sort((a, b) => a - b));
    }
  });

  it('check in weekly within the absence, with scores on the scale and dips as the API finds them', () => {
    expect(dossiers.checkIns.length).toBeGreaterThan(dossiers.plans.length);
    const ofCase = new Map<string, typeof dossiers.checkIns>();
    for (const checkIn of dossiers.checkIns) ofCase.set(checkIn.caseId, [...(ofCase.get(checkIn.caseId) ?? []), checkIn]);
    for (const [caseId, checkIns] of ofCase) {
      const found = caseOf(caseId);
      checkIns.forEach((checkIn, i) => {
        expect(checkIn.date > found.firstSickDay && checkIn.date <= lastDayOf(found)).toBe(true);
        if (i > 0) expect(daysBetween(checkIns[i - 1].date, checkIn.date)).toBe(7);
        expect(Object.values(checkIn.scores).every((score) => Number.isInteger(score) && score >= 1 && score <= 10)).toBe(true);
        expect(checkIn.dip).toEqual(
          detectDip(
            checkIn.scores,
            checkIns.slice(0, i).map((earlier) => earlier.scores),
          ),
        );
      });
    }
  });
});
