import type { DepartmentUpserted, EmployeeUpserted, OrganizationUpserted } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
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
  const employee = await employees.eventFacts(manager, employeeId);
  const contracts = (await employees.contracts(manager, employeeId)).map((contract) => ({ ...contract, departmentId: employee.departmentId }));
  await recordEvent<EmployeeUpserted>(manager, {
    type: 'employee.upserted',
    aggregateId: employeeId,
    organizationId: employee.organizationId,
    payload: { employeeId, ...employee, contracts },
  });
}
