import type { CaseOpened, CaseParticipant } from '@terugkeer/events';
import { addDays, PLATFORM_TIME_ZONE, required, todayIn } from '@terugkeer/domain';
import { demoId, recordEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { reconcileEmployeeCases } from '../modules/absence/case-reconciliation';
import { SickReportRepository } from '../modules/absence/sick-report.repository';
import { publishDepartment, publishEmployee, publishOrganization } from '../modules/directory/directory-events';
import { ANDERE_BV, DEMO_ANALYSTS, DEMO_PROVIDER, ZORGGROEP, type DemoCase, type DemoOrganization } from './demo-story';
import { DemoRepository } from './demo.repository';
import { seedDossierDemo } from './seed-dossier';
import { seedWellbeingDemo } from './seed-wellbeing';

/**
 * Loads the demo world. Idempotent: rows that exist are left as they are, and an
 * event is recorded only for a case this run created. Its dates count from today on the
 * platform's calendar, which the demo's Dutch and Belgian organizations share.
 */
export async function seedDemo(dataSource: DataSource, now = new Date()): Promise<{ casesCreated: number }> {
  const today = todayIn(PLATFORM_TIME_ZONE, now);
  const seeded = await seedDirectoryAndCases(dataSource, today);
  // The dossier is written through the modules' services, each in its own transaction,
  // so it needs the cases committed first.
  await seedDossierDemo(dataSource, today);
  await seedWellbeingDemo(dataSource, today);
  return seeded;
}

function seedDirectoryAndCases(dataSource: DataSource, today: string): Promise<{ casesCreated: number }> {
  return dataSource.transaction(async (manager) => {
    const providerId = demoId(DEMO_PROVIDER.key);
    await insert(manager, 'health_providers', { id: providerId, name: DEMO_PROVIDER.name });
    for (const member of DEMO_PROVIDER.staff) {
      await insert(manager, 'users', { id: demoId(member.key), email: member.email, name: member.name });
      await insert(manager, 'memberships', {
        id: demoId(`membership:${member.key}`),
        user_id: demoId(member.key),
        role: member.role,
        organization_id: null,
        health_provider_id: providerId,
      });
    }
    let casesCreated = 0;
    for (const organization of [ZORGGROEP, ANDERE_BV]) {
      casesCreated += await seedOrganization(manager, organization, providerId, today);
    }
    for (const analyst of DEMO_ANALYSTS) {
      await insert(manager, 'users', { id: demoId(analyst.key), email: analyst.email, name: analyst.name });
      await insert(manager, 'memberships', {
        id: demoId(`membership:${analyst.key}`),
        user_id: demoId(analyst.key),
        role: 'ANALYST',
        organization_id: demoId(analyst.organizationKey),
        health_provider_id: null,
      });
    }
    return { casesCreated };
  });
}

async function seedOrganization(manager: EntityManager, org: DemoOrganization, providerId: string, today: string): Promise<number> {
  const organizationId = demoId(org.key);
  const newOrganization = await insert(manager, 'organizations', {
    id: organizationId,
    name: org.name,
    full_time_hours: 40,
    jurisdiction: 'NL',
    daily_absence_cost: 280,
    programme_cost: 3200,
  });
  await insert(manager, 'provider_organizations', { health_provider_id: providerId, organization_id: organizationId });
  const newDepartments: string[] = [];
  for (const department of org.departments) {
    const id = demoId(`${org.key}:${department}`);
    if (await insert(manager, 'departments', { id, organization_id: organizationId, name: department })) newDepartments.push(id);
  }
  const newEmployees: string[] = [];
  for (const [index, person] of org.people.entries()) {
    const userId = person.email ? demoId(person.key) : null;
    if (person.email) await insert(manager, 'users', { id: userId, email: person.email, name: person.name });
    for (const role of person.roles ?? []) {
      await insert(manager, 'memberships', {
        id: demoId(`membership:${person.key}:${role}`),
        user_id: userId,
        role,
        organization_id: organizationId,
        health_provider_id: null,
      });
    }
    const employeeId = demoId(`employee:${person.key}`);
    const inserted = await insert(manager, 'employees', {
      id: employeeId,
      organization_id: organizationId,
      employee_number: String(1001 + index),
      name: person.name,
      email: person.email ?? null,
      user_id: userId,
      department_id: person.department ? demoId(`${org.key}:${person.department}`) : null,
      manager_user_id: person.managerKey ? demoId(person.managerKey) : null,
    });
    await insert(manager, 'contracts', {
      id: demoId(`contract:${person.key}`),
      employee_id: employeeId,
      start_date: addDays(today, -900 - index * 30),
      end_date: null,
      hours_per_week: person.hoursPerWeek,
    });
    if (inserted) newEmployees.push(employeeId);
  }
  if (newOrganization) await publishOrganization(manager, organizationId);
  for (const id of newDepartments) await publishDepartment(manager, id);
  for (const id of newEmployees) await publishEmployee(manager, id);

  let created = 0;
  for (const demoCase of org.cases) {
    if (await seedCase(manager, org, demoCase, providerId, today)) created += 1;
  }
  return created;
}

/** A case as the absence engine makes it: its sick reports, reconciled; then the legal steps taken. */
async function seedCase(manager: EntityManager, org: DemoOrganization, demoCase: DemoCase, providerId: string, today: string): Promise<boolean> {
  const organizationId = demoId(org.key);
  const caseId = demoId(`case:${demoCase.key}`);
  const employee = required(
    org.people.find((p) => p.key === demoCase.employeeKey),
    `demo employee ${demoCase.employeeKey}`,
  );
  const employeeId = demoId(`employee:${employee.key}`);
  const jurisdiction = demoCase.jurisdiction ?? 'NL';
  const firstSickDay = addDays(today, demoCase.firstSickDayOffset);
  const inserted = await insert(manager, 'cases', {
    id: caseId,
    organization_id: organizationId,
    employee_id: employeeId,
    health_provider_id: providerId,
    status: demoCase.status,
    jurisdiction,
    first_sick_day: firstSickDay,
    recovery_date: demoCase.recoveryDayOffset === undefined ? null : addDays(today, demoCase.recoveryDayOffset),
    wage_sanction_days: demoCase.wageSanctionDays ?? 0,
  });
  const participants: CaseParticipant[] = [{ userId: demoId(employee.key), role: 'EMPLOYEE' }];
  if (employee.managerKey) participants.push({ userId: demoId(employee.managerKey), role: 'MANAGER' });
  for (const [key, role] of [
    [demoCase.doctorKey, 'COMPANY_DOCTOR'],
    [demoCase.coachKey, 'COACH'],
  ] as const) {
    if (!key) continue;
    await insert(manager, 'case_assignments', { case_id: caseId, user_id: demoId(key), role });
    participants.push({ userId: demoId(key), role });
  }
  if (!inserted) return false;
  await recordEvent<CaseOpened>(manager, {
    type: 'case.opened',
    aggregateId: caseId,
    organizationId,
    payload: {
      caseId,
      organizationId,
      healthProviderId: providerId,
      employeeId,
      departmentId: employee.department ? demoId(`${org.key}:${employee.department}`) : null,
      firstSickDay,
      jurisdiction,
      status: demoCase.status,
      participants: participants.filter((p) => p.role !== 'EMPLOYEE' || employee.email),
    },
  });

  const reports = demoCase.reports ?? [{ startOffset: demoCase.firstSickDayOffset, recoveryOffset: demoCase.recoveryDayOffset }];
  const repository = new SickReportRepository(manager);
  const reportIds: string[] = [];
  for (const [n, report] of reports.entries()) {
    const id = demoId(`report:${demoCase.key}:${n + 1}`);
    const start = addDays(today, report.startOffset);
    await repository.insert(
      {
        id,
        employeeId,
        reportNumber: `${demoCase.key}-${n + 1}`,
        firstSickDay: start,
        recoveryDate: report.recoveryOffset === undefined ? null : addDays(today, report.recoveryOffset),
        intervals: [
          { from: start, percentage: 100, therapeutic: false },
          ...(report.changes ?? []).map((c) => ({ from: addDays(today, c.offset), percentage: c.percentage, therapeutic: c.therapeutic ?? false })),
        ],
        contactDetails: 'Telefonisch bereikbaar tussen 10 en 12 uur',
        expectedDuration: null,
        workToTakeOver: null,
        occupationalAccident: false,
        liableThirdParty: false,
        safetyNet: report.safetyNetGround !== undefined,
        safetyNetGround: report.safetyNetGround ?? null,
      },
      null,
    );
    await repository.linkToCase(id, caseId);
    reportIds.push(id);
  }
  for (const [key, offset] of Object.entries(demoCase.fulfilled ?? {})) {
    await insert(manager, 'milestone_fulfilments', { case_id: caseId, milestone_key: key, fulfilled_on: addDays(today, offset), source: 'demo' });
  }
  await reconcileEmployeeCases(manager, employeeId, reportIds);
  return true;
}

const demo = new DemoRepository();
const insert = (manager: EntityManager, table: string, row: Record<string, unknown>) => demo.insertIfMissing(manager, table, row);
