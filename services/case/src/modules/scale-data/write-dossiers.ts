import { instantFromLocal, required, timeZoneOf, validateActionPlanContent, type IsoDate } from '@terugkeer/domain';
import type { ActionPlanVersionChanged, CheckInRecorded } from '@terugkeer/events';
import { recordEvents, type NewEvent } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { versionChangedPayload } from '../action-plan/action-plan.events';
import { ActionPlanRepository } from '../action-plan/action-plan.repository';
import { appendAudit } from '../audit';
import { publishParticipantsOfCases } from '../case/case-participants';
import { CaseRepository } from '../case/case.repository';
import { checkInRecordedPayload } from '../check-in/check-in.events';
import { CheckInRepository } from '../check-in/check-in.repository';
import { publishEmployees } from '../directory/directory-events';
import { DirectoryRepository } from '../directory/directory.repository';
import { EmployeeRepository } from '../directory/employee.repository';
import { TimelineRepository } from '../timeline/timeline.repository';
import { publishTimelines } from '../timeline/timeline-events';
import { generateDossiers, type CaseForDossier, type GeneratedCheckIn, type GeneratedPlan } from './generate-dossiers';

export type DossierStep = 'logins' | 'plans' | 'check-ins';
export type DossierProgress = (step: DossierStep, done: number, total: number) => void;

export interface DossierSummary {
  logins: number;
  plans: number;
  checkIns: number;
}

/** Cases are handled this many at a time: a few statements each, bounded memory, a moving progress bar. */
const CASES_PER_BATCH = 2000;
/** The local time at which a generated plan was saved and signed. */
const OFFICE_TIME = '10:00';

const employees = new EmployeeRepository();
const cases = new CaseRepository();
const plansRepository = new ActionPlanRepository();

/**
 * The dossiers of an organization's long absences, in one transaction, as the API would have
 * written them one by one: logins for the managers of its departments and for the employees
 * concerned (so that they can sign and check in), each plan of action saved by the manager
 * and signed by both, the check-ins, the ACTION_PLAN milestones the signatures fulfil, and
 * every event the API publishes for them (participants, plan versions, check-ins, timelines),
 * so that scheduling adopts the build-up and books the contact moments and evaluations, and
 * reporting sees it all. Written in multi-row statements; audited as one generation per kind
 * of record, as the import is. Cases that have a plan or check-ins keep them: a second run adds nothing.
 */
export async function writeDossiers(
  dataSource: DataSource,
  organizationId: string,
  options: { today: IsoDate; seed: number },
  progress: DossierProgress = () => undefined,
): Promise<DossierSummary> {
  return dataSource.transaction(async (manager) => {
    const spans = await cases.spansOfOrganization(manager, organizationId);
    const contracts = await employees.contractsOfEmployees(manager, [...new Set(spans.map((span) => span.employeeId))]);
    const forDossier: CaseForDossier[] = spans.map((span) => ({
      caseId: span.id,
      firstSickDay: span.firstSickDay,
      recoveryDate: span.recoveryDate,
      contractHours: contractHoursOn(contracts.get(span.employeeId) ?? [], span.firstSickDay),
    }));
    const dossiers = generateDossiers(forDossier, options.today, options.seed);
    const spanById = new Map(spans.map((span) => [span.id, span]));
    const caseIds = [...new Set([...dossiers.plans, ...dossiers.checkIns].map((item) => item.caseId))];
    const withPlans = await plansRepository.casesWithPlans(manager, caseIds);
    const withCheckIns = await new CheckInRepository(manager).casesWithCheckIns(caseIds);
    const plans = dossiers.plans.filter((plan) => !withPlans.has(plan.caseId));
    const checkIns = dossiers.checkIns.filter((checkIn) => !withCheckIns.has(checkIn.caseId));

    const employeeIds = new Set([...plans, ...checkIns].map((item) => required(spanById.get(item.caseId), `case ${item.caseId}`).employeeId));
    const logins = await ensureLogins(manager, organizationId, employeeIds, progress);
    const participantCases = [...new Set([...plans, ...checkIns].map((item) => item.caseId))];
    for (let start = 0; start < participantCases.length; start += CASES_PER_BATCH) {
      await publishParticipantsOfCases(manager, participantCases.slice(start, start + CASES_PER_BATCH), organizationId);
    }

    progress('plans', 0, plans.length);
    for (let start = 0; start < plans.length; start += CASES_PER_BATCH) {
      const batch = plans.slice(start, start + CASES_PER_BATCH);
      await writePlans(manager, organizationId, batch, (caseId) => {
        const span = required(spanById.get(caseId), `case ${caseId}`);
        return { ...required(logins.get(span.employeeId), `the logins of employee ${span.employeeId}`), jurisdiction: span.jurisdiction };
      });
      progress('plans', start + batch.length, plans.length);
    }

    progress('check-ins', 0, checkIns.length);
    for (let start = 0; start < checkIns.length; start += CASES_PER_BATCH * 10) {
      const batch = checkIns.slice(start, start + CASES_PER_BATCH * 10);
      await writeCheckIns(manager, organizationId, batch, (caseId) => required(spanById.get(caseId), `case ${caseId}`).employeeId);
      progress('check-ins', start + batch.length, checkIns.length);
    }

    const audited = {
      actorUserId: null,
      actorRole: 'SYSTEM',
      organizationId,
      subjectEmployeeId: null,
      caseId: null,
      action: 'IMPORT' as const,
      recordId: organizationId,
    };
    if (plans.length) await appendAudit(manager, { ...audited, dataClass: 'ACTION_PLAN', detail: { generated: plans.length } });
    if (checkIns.length) await appendAudit(manager, { ...audited, dataClass: 'CHECK_IN', detail: { generated: checkIns.length } });
    return { logins: logins.created, plans: plans.length, checkIns: checkIns.length };
  });
}

/** Contract hours on the day, else of the nearest contract; full time when none is known. */
function contractHoursOn(contracts: readonly { from: string; to: string | null; hoursPerWeek: number }[], day: IsoDate): number {
  const inForce = contracts.find((c) => c.from <= day && (c.to === null || c.to >= day)) ?? contracts.at(-1);
  return inForce ? Math.round(inForce.hoursPerWeek) : 40;
}

interface Logins {
  userId: string;
  managerUserId: string;
}

/**
 * The employee's own login and their department's manager, created where missing: one manager
 * per department, shared by its employees. Each employee who changed is published again.
 */
async function ensureLogins(
  manager: EntityManager,
  organizationId: string,
  employeeIds: ReadonlySet<string>,
  progress: DossierProgress,
): Promise<Map<string, Logins> & { created: number }> {
  const all = await employees.loginsOfOrganization(manager, organizationId);
  const managerOfDepartment = new Map<string | null, string>();
  for (const employee of all) if (employee.managerUserId) managerOfDepartment.set(employee.departmentId, employee.managerUserId);
  const members: { userId: string; email: string; name: string; role: 'EMPLOYEE' | 'MANAGER' }[] = [];
  const links: { employeeId: string; userId: string | null; managerUserId: string | null }[] = [];
  const result = new Map<string, Logins>() as Map<string, Logins> & { created: number };
  const concerned = all.filter((employee) => employeeIds.has(employee.id));
  progress('logins', 0, concerned.length);
  for (const employee of concerned) {
    let managerUserId = employee.managerUserId ?? managerOfDepartment.get(employee.departmentId);
    if (!managerUserId) {
      managerUserId = randomUUID();
      const number = managerOfDepartment.size + 1;
      members.push({
        userId: managerUserId,
        email: `manager-${number}.${organizationId}@generated.example`,
        name: `Leidinggevende ${number}`,
        role: 'MANAGER',
      });
      managerOfDepartment.set(employee.departmentId, managerUserId);
    }
    let userId = employee.userId;
    if (!userId) {
      userId = randomUUID();
      members.push({ userId, email: `${employee.employeeNumber.toLowerCase()}.${organizationId}@generated.example`, name: employee.name, role: 'EMPLOYEE' });
    }
    if (userId !== employee.userId || managerUserId !== employee.managerUserId) links.push({ employeeId: employee.id, userId, managerUserId });
    result.set(employee.id, { userId, managerUserId });
  }
  await new DirectoryRepository().insertMembers(manager, organizationId, members);
  await employees.linkLogins(manager, links);
  await publishEmployees(
    manager,
    links.map((link) => link.employeeId),
  );
  progress('logins', concerned.length, concerned.length);
  result.created = members.length;
  return result;
}

/** Plans saved by the manager and signed by employee and manager, their milestones, and the events of their signed versions. */
async function writePlans(
  manager: EntityManager,
  organizationId: string,
  batch: readonly GeneratedPlan[],
  people: (caseId: string) => Logins & { jurisdiction: Parameters<typeof timeZoneOf>[0] },
): Promise<void> {
  const rows = batch.map((plan) => {
    const problems = validateActionPlanContent(plan.content);
    if (problems.length) throw new Error(`A generated plan of action did not pass its checks: ${JSON.stringify(problems)}`);
    const { userId, managerUserId, jurisdiction } = people(plan.caseId);
    const zone = timeZoneOf(jurisdiction);
    const signedAt = instantFromLocal(zone, `${plan.signedOn}T${OFFICE_TIME}`);
    return {
      planId: randomUUID(),
      versionId: randomUUID(),
      caseId: plan.caseId,
      content: plan.content,
      createdBy: managerUserId,
      savedAt: instantFromLocal(zone, `${plan.savedOn}T${OFFICE_TIME}`),
      signatures: [
        { role: 'MANAGER' as const, userId: managerUserId, at: signedAt },
        { role: 'EMPLOYEE' as const, userId, at: new Date(signedAt.getTime() + 60_000) },
      ],
    };
  });
  await plansRepository.insertSignedPlans(manager, rows);
  const timelines = new TimelineRepository();
  for (const [index, row] of rows.entries()) {
    await timelines.insertFulfilment(manager, {
      caseId: row.caseId,
      key: 'ACTION_PLAN',
      fulfilledOn: batch[index].signedOn,
      source: 'action-plan',
      recordId: row.versionId,
    });
  }
  const stored = await plansRepository.plans(
    manager,
    rows.map((row) => row.caseId),
  );
  await recordEvents<ActionPlanVersionChanged>(
    manager,
    rows.map((row): NewEvent<ActionPlanVersionChanged> => {
      const plan = required(stored.get(row.caseId), `the plan of case ${row.caseId}`);
      const signedAt = row.signatures[1].at;
      // A generated case has no problem analysis, so no advised build-up to be faster than.
      return {
        type: 'action-plan.version-changed',
        aggregateId: row.caseId,
        organizationId,
        payload: { ...versionChangedPayload(plan, plan.latest, row.signatures[1].userId, signedAt), fasterThanAdvice: [] },
      };
    }),
  );
  await publishTimelines(
    manager,
    rows.map((row) => row.caseId),
  );
}

/** Check-ins without notes, as the employee records them, with the events other services learn of them by. */
async function writeCheckIns(manager: EntityManager, organizationId: string, batch: readonly GeneratedCheckIn[], employeeOf: (caseId: string) => string) {
  const rows = batch.map((checkIn) => ({ ...checkIn, id: randomUUID() }));
  await new CheckInRepository(manager).insertMany(rows);
  await recordEvents<CheckInRecorded>(
    manager,
    rows.map((row) => ({
      type: 'check-in.recorded',
      aggregateId: row.caseId,
      organizationId,
      payload: checkInRecordedPayload(
        { id: row.caseId, employeeId: employeeOf(row.caseId) },
        {
          id: row.id,
          caseId: row.caseId,
          date: row.date,
          ...row.scores,
          resources: (row.scores.autonomy + row.scores.recognition + row.scores.socialSupport) / 3,
          signalIds: [],
          privateNote: null,
          need: null,
          dip: row.dip.isDip,
          dipReasons: row.dip.reasons,
        },
        row.scores,
        row.dip,
      ),
    })),
  );
}
