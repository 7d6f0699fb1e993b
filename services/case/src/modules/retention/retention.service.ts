import { DEFAULT_RETENTION_POLICY, PLATFORM_TIME_ZONE, required, retentionDecision, todayIn, type IsoDate, type RetentionPolicy } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../audit';
import { CaseRepository, type CaseRetentionRow } from '../case/case.repository';
import type { Case } from '../case/case.entity';
import { DirectoryRepository, type RetentionSettingsChange, type RetentionSettingsRow } from '../directory/directory.repository';
import { EmployeeRepository } from '../directory/employee.repository';
import { publishEmployee } from '../directory/directory-events';
import { DOSSIER_TABLES, MEDICAL_TABLES } from './retention-tables';
import { RetentionRepository } from './retention.repository';

/** A case with what its retention depends on: its organization's policy and the end of employment. */
interface CaseRetentionFacts extends CaseRetentionRow {
  employmentEndedOn: IsoDate | null;
  ownRiskBearer: boolean;
  wgaOwnRiskBearer: boolean;
  dossierYears: number | null;
  ownRiskYears: number | null;
  wgaOwnRiskYears: number | null;
  medicalYears: number | null;
}

export interface RetentionRunSummary {
  runId: string;
  referenceDate: IsoDate;
  dryRun: boolean;
  dossiersPurged: number;
  medicalNotesPurged: number;
  employeesAnonymized: number;
  /** Cases that were due but kept because of a legal hold. */
  heldBack: number;
}

const ANONYMOUS_NAME = 'Geanonimiseerd';

const cases = new CaseRepository();
const employees = new EmployeeRepository();
const directory = new DirectoryRepository();
const retention = new RetentionRepository();

async function casesWithRetentionFacts(manager: EntityManager): Promise<CaseRetentionFacts[]> {
  const settings = new Map<string, RetentionSettingsRow>();
  const facts: CaseRetentionFacts[] = [];
  for (const row of await cases.retentionRows(manager)) {
    if (!settings.has(row.organizationId)) settings.set(row.organizationId, await directory.retentionSettings(manager, row.organizationId));
    const policy = required(settings.get(row.organizationId), `the retention settings of organization ${row.organizationId}`);
    facts.push({ ...row, ...policy, employmentEndedOn: await employees.employmentEndedOn(manager, row.employeeId) });
  }
  return facts;
}

async function medicalNotesChangedOn(manager: EntityManager, caseId: string): Promise<IsoDate | null> {
  let latest: IsoDate | null = null;
  for (const table of MEDICAL_TABLES) {
    const changed = await retention.changedOn(manager, table, caseId);
    if (changed && (!latest || changed > latest)) latest = changed;
  }
  return latest;
}

function policyOf(row: RetentionSettingsRow): RetentionPolicy {
  return {
    dossierYears: row.dossierYears ?? DEFAULT_RETENTION_POLICY.dossierYears,
    ownRiskBearerDossierYears: row.ownRiskYears ?? DEFAULT_RETENTION_POLICY.ownRiskBearerDossierYears,
    wgaOwnRiskBearerDossierYears: row.wgaOwnRiskYears ?? DEFAULT_RETENTION_POLICY.wgaOwnRiskBearerDossierYears,
    medicalNotesYears: row.medicalYears ?? DEFAULT_RETENTION_POLICY.medicalNotesYears,
  };
}

const systemAudit = (row: CaseRetentionFacts, action: 'DELETE', detail: Record<string, unknown>) => ({
  actorUserId: null,
  actorRole: 'SYSTEM',
  organizationId: row.organizationId,
  subjectEmployeeId: row.employeeId,
  caseId: row.caseId,
  action,
  dataClass: 'RETENTION' as const,
  recordId: row.caseId,
  detail,
});

/**
 * Deletes what is past its retention period, keeps cases under a legal hold, and
 * anonymizes people whose every dossier is gone and whose employment ended. Cases,
 * sick reports and contracts stay (without names), so absence statistics do not change.
 * One transaction: a failure leaves everything as it was. One run over every organization
 * counts its years to the platform's calendar day.
 */
export async function purgeDueRecords(dataSource: DataSource, options: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionRunSummary> {
  const referenceDate = todayIn(PLATFORM_TIME_ZONE, options.now ?? new Date());
  const dryRun = options.dryRun ?? false;
  return dataSource.transaction(async (manager) => {
    const summary: RetentionRunSummary = {
      runId: randomUUID(),
      referenceDate,
      dryRun,
      dossiersPurged: 0,
      medicalNotesPurged: 0,
      employeesAnonymized: 0,
      heldBack: 0,
    };
    const purgedEmployees = new Set<string>();
    for (const row of await casesWithRetentionFacts(manager)) {
      const facts = {
        caseClosedOn: row.closedOn,
        employmentEndedOn: row.employmentEndedOn,
        ownRiskBearer: row.ownRiskBearer,
        wgaOwnRiskBearer: row.wgaOwnRiskBearer,
        medicalNotesChangedOn: await medicalNotesChangedOn(manager, row.caseId),
        legalHold: false,
      };
      const decision = retentionDecision({ ...facts, legalHold: row.legalHold }, policyOf(row), referenceDate);
      if (row.legalHold && retentionDecision(facts, policyOf(row), referenceDate).purgeDossier && !row.dossierPurged) summary.heldBack += 1;
      if (decision.purgeMedicalNotes) {
        for (const table of MEDICAL_TABLES) {
          if (!dryRun) summary.medicalNotesPurged += await retention.deleteRowsOfCase(manager, table, row.caseId);
        }
      }
      if (decision.purgeDossier && !row.dossierPurged) {
        summary.dossiersPurged += 1;
        purgedEmployees.add(row.employeeId);
        if (dryRun) continue;
        const removed: Record<string, number> = {};
        for (const entry of DOSSIER_TABLES) {
          const { table, rowsOfCase } = typeof entry === 'string' ? { table: entry, rowsOfCase: undefined } : entry;
          removed[table] = await retention.deleteRowsOfCase(manager, table, row.caseId, rowsOfCase);
        }
        await cases.markDossierPurged(manager, row.caseId);
        await appendAudit(manager, systemAudit(row, 'DELETE', { removed, dueOn: decision.dossierDueOn }));
      }
    }
    for (const employeeId of purgedEmployees) {
      const remaining = await cases.dossiersLeft(manager, employeeId);
      const employed = await employees.isEmployedOn(manager, employeeId, referenceDate);
      if ((remaining > 0 && !dryRun) || employed) continue;
      summary.employeesAnonymized += 1;
      if (dryRun) continue;
      await employees.anonymize(manager, employeeId, ANONYMOUS_NAME);
      // The replicas hold the name for the case's documents; they take the anonymous one too.
      await publishEmployee(manager, employeeId);
      await appendAudit(manager, {
        actorUserId: null,
        actorRole: 'SYSTEM',
        organizationId: null,
        subjectEmployeeId: employeeId,
        caseId: null,
        action: 'ANONYMIZE',
        dataClass: 'RETENTION',
        recordId: employeeId,
        detail: { fields: ['name', 'email', 'login'] },
      });
    }
    await retention.insertRun(manager, summary);
    return summary;
  });
}

/** The organization's retention policy and the legal holds on its dossiers; each write one transaction with its audit entry. */
export class RetentionService {
  constructor(private readonly dataSource: DataSource) {}

  async policy(organizationId: string): Promise<{ ownRiskBearer: boolean; wgaOwnRiskBearer: boolean } & RetentionPolicy> {
    const row = await directory.retentionSettings(this.dataSource, organizationId);
    return { ownRiskBearer: row.ownRiskBearer, wgaOwnRiskBearer: row.wgaOwnRiskBearer, ...policyOf(row) };
  }

  setPolicy(actorUserId: string, organizationId: string, settings: RetentionSettingsChange): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await directory.updateRetentionSettings(manager, organizationId, settings);
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        organizationId,
        subjectEmployeeId: null,
        caseId: null,
        action: 'UPDATE',
        dataClass: 'RETENTION',
        recordId: organizationId,
        detail: { organizationId, ...settings },
      });
    });
  }

  legalHold(caseId: string): Promise<string | null> {
    return cases.legalHold(this.dataSource, caseId);
  }

  setLegalHold(actorUserId: string, found: Case, reason: string | null): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await cases.setLegalHold(manager, found.id, reason);
      await appendAudit(manager, {
        actorUserId,
        actorRole: 'CASE_MANAGER',
        ...auditSubjectOf(found),
        action: 'UPDATE',
        dataClass: 'RETENTION',
        recordId: found.id,
        detail: { legalHold: reason !== null },
      });
    });
  }
}
