import type { DataSource } from 'typeorm';
import { appendAudit } from '../audit';
import { CaseRepository } from '../case/case.repository';
import { publishOrganization } from './directory-events';
import { DirectoryRepository } from './directory.repository';
import { EmployeeRepository, type ContractRow } from './employee.repository';
import type { Employee } from './employee.entity';
import type { Case } from '../case/case.entity';

export interface OrganizationSettings {
  fullTimeHours: number;
  dailyAbsenceCost: number | null;
  programmeCost: number | null;
  excludePregnancyFromAbsencePercentage: boolean;
}

/** The organization directory: reads of employees, and the settings a case manager changes, audited and published. */
export class DirectoryService {
  private readonly directory = new DirectoryRepository();
  private readonly employees = new EmployeeRepository();
  private readonly cases = new CaseRepository();

  constructor(private readonly dataSource: DataSource) {}

  employeeByNumber(organizationId: string, employeeNumber: string): Promise<Employee | null> {
    return this.employees.byNumber(this.dataSource, organizationId, employeeNumber);
  }

  /** Every case of the employee, oldest first; the caller keeps those the viewer may see. */
  casesOf(employee: Employee): Promise<Case[]> {
    return this.cases.ofEmployee(this.dataSource, employee.id);
  }

  contractsOf(employee: Employee): Promise<ContractRow[]> {
    return this.employees.contracts(this.dataSource, employee.id);
  }

  updateOrganizationSettings(actorUserId: string, organizationId: string, settings: OrganizationSettings, detail: Record<string, unknown>): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.directory.updateSettings(manager, organizationId, settings);
      await publishOrganization(manager, organizationId);
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        organizationId,
        subjectEmployeeId: null,
        caseId: null,
        action: 'UPDATE',
        dataClass: 'DIRECTORY',
        recordId: organizationId,
        detail,
      });
    });
  }
}
