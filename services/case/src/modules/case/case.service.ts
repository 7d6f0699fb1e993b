import type { CaseStatus, DerivedCase } from '@terugkeer/domain';
import type { CaseOpened, CaseParticipant, CaseStatusChanged } from '@terugkeer/events';
import { recordEvent, recordEvents, type NewEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../audit';
import type { EmployeeCaseFacts } from '../directory/employee.repository';
import { DirectoryRepository } from '../directory/directory.repository';
import type { Case } from './case.entity';
import { CaseRepository, type CaseSpanRow, type NewCase } from './case.repository';
import { publishParticipants } from './case-participants';

const repository = new CaseRepository();

/** The status after the absence changed; phases in between are the dossier's to set. */
function nextStatus(previous: CaseStatus, derived: DerivedCase): CaseStatus {
  if (derived.recoveryDate) return 'RECOVERED';
  if (previous === 'RECOVERED' || previous === 'CLOSED') return 'RELAPSE';
  return previous;
}

/** A case to open from an employee's sick reports. */
export interface CaseToOpen {
  caseId: string;
  employeeId: string;
  facts: EmployeeCaseFacts;
  derived: DerivedCase;
}

/** Opens a case derived from an employee's sick reports, in the caller's transaction, and publishes it. */
export async function openCase(manager: EntityManager, caseId: string, employeeId: string, facts: EmployeeCaseFacts, derived: DerivedCase): Promise<void> {
  await openCases(manager, [{ caseId, employeeId, facts, derived }]);
}

/** Opens many cases in a few statements (the import), publishing each as `openCase` does. */
export async function openCases(manager: EntityManager, cases: readonly CaseToOpen[]): Promise<void> {
  const opened: NewCase[] = cases.map(({ caseId, employeeId, facts, derived }) => ({
    id: caseId,
    organizationId: facts.organizationId,
    employeeId,
    healthProviderId: facts.healthProviderId,
    status: derived.recoveryDate ? 'RECOVERED' : derived.relapseReportIds.length ? 'RELAPSE' : 'NEW',
    jurisdiction: facts.jurisdiction,
    firstSickDay: derived.firstSickDay,
    recoveryDate: derived.recoveryDate,
  }));
  await repository.insertMany(manager, opened);
  await recordEvents<CaseOpened>(manager, openedEvents(cases, opened));
}

function openedEvents(cases: readonly CaseToOpen[], opened: readonly { status: CaseStatus }[]): NewEvent<CaseOpened>[] {
  return cases.map(({ caseId, employeeId, facts, derived }, i) => {
    const participants: CaseParticipant[] = [];
    if (facts.userId) participants.push({ userId: facts.userId, role: 'EMPLOYEE' });
    if (facts.managerUserId) participants.push({ userId: facts.managerUserId, role: 'MANAGER' });
    return {
      type: 'case.opened',
      aggregateId: caseId,
      organizationId: facts.organizationId,
      payload: {
        caseId,
        organizationId: facts.organizationId,
        healthProviderId: facts.healthProviderId,
        employeeId,
        departmentId: facts.departmentId,
        firstSickDay: derived.firstSickDay,
        jurisdiction: facts.jurisdiction,
        status: opened[i].status,
        participants,
      },
    };
  });
}

/** Moves an existing case with its re-derived reports, in the caller's transaction; a change of status or dates is published. */
export async function moveCase(manager: EntityManager, current: CaseSpanRow, derived: DerivedCase, organizationId: string): Promise<void> {
  const status = nextStatus(current.status, derived);
  const unchanged = status === current.status && derived.firstSickDay === current.firstSickDay && derived.recoveryDate === current.recoveryDate;
  if (unchanged) return;
  await repository.moveSpan(manager, current.id, status, derived.firstSickDay, derived.recoveryDate);
  await recordEvent<CaseStatusChanged>(manager, {
    type: 'case.status-changed',
    aggregateId: current.id,
    organizationId,
    payload: { caseId: current.id, status, recoveryDate: derived.recoveryDate },
  });
}

export interface Assignment {
  userId: string;
  role: string;
  assigned: boolean;
}

/** Writes of a case's own facts: each one transaction with its audit entry and its event. */
export class CaseService {
  private readonly directory = new DirectoryRepository();

  constructor(private readonly dataSource: DataSource) {}

  /** Whether the user is a doctor or coach of a health provider serving the case's organization. */
  mayBeAssigned(found: Case, assignment: Assignment): Promise<boolean> {
    return this.directory.servesOrganization(this.dataSource, assignment.userId, assignment.role, found.organizationId);
  }

  assign(actorUserId: string, found: Case, assignment: Assignment): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      if (assignment.assigned) await repository.assign(manager, found.id, assignment.userId, assignment.role);
      else await repository.unassign(manager, found.id, assignment.userId, assignment.role);
      await publishParticipants(manager, found.id, found.organizationId);
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        ...auditSubjectOf(found),
        action: assignment.assigned ? 'CREATE' : 'DELETE',
        dataClass: 'CASE_BASICS',
        recordId: assignment.userId,
        detail: { assignment: assignment.role },
      });
    });
  }
}
