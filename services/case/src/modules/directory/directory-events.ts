import { required } from '@terugkeer/domain';
import type { DepartmentUpserted, EmployeeUpserted, OrganizationUpserted } from '@terugkeer/events';
import { recordEvent, recordEvents } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { DirectoryRepository } from './directory.repository';
import { EmployeeRepository } from './employee.repository';

const directory = new DirectoryRepository();
const employees = new EmployeeRepository();

/** The directory as the other services need it, published in full after every change. */
export async function publishOrganization(manager: EntityManager, organizationId: string): Promise<void> {
  const row = await directory.organizationFacts(manager, organizationId);
  await recordEvent<OrganizationUpserted>(manager, {
    type: 'organization.upserted',
    aggregateId: organizationId,
    organizationId,
    payload: { organizationId, ...row },
  });
}

export async function publishDepartment(manager: EntityManager, departmentId: string): Promise<void> {
  const row = await directory.departmentFacts(manager, departmentId);
  await recordEvent<DepartmentUpserted>(manager, {
    type: 'department.upserted',
    aggregateId: departmentId,
    organizationId: row.organizationId,
    payload: { departmentId, ...row },
  });
}

export async function publishEmployee(manager: EntityManager, employeeId: string): Promise<void> {
  await publishEmployees(manager, [employeeId]);
}

/** `publishEmployee` for many employees, in three statements whatever their number (the import). */
export async function publishEmployees(manager: EntityManager, employeeIds: readonly string[]): Promise<void> {
  if (!employeeIds.length) return;
  const contracts = await employees.contractsOfEmployees(manager, employeeIds);
  const facts = new Map((await employees.eventFactsOfEmployees(manager, employeeIds)).map(({ id, ...employee }) => [id, employee]));
  await recordEvents<EmployeeUpserted>(
    manager,
    employeeIds.map((employeeId) => {
      const employee = required(facts.get(employeeId), `employee ${employeeId}`);
      const own = (contracts.get(employeeId) ?? []).map((contract) => ({ ...contract, departmentId: employee.departmentId }));
      return {
        type: 'employee.upserted',
        aggregateId: employeeId,
        organizationId: employee.organizationId,
        payload: { employeeId, ...employee, contracts: own },
      };
    }),
  );
}
