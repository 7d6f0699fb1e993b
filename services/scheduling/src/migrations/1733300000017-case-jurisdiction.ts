import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The replica of a case keeps whose law and holidays it follows, as `case.opened` says: a
 * Belgian organization's programme is planned around Belgian holidays. Cases replicated
 * before take it from the event already in the inbox.
 */
export class CaseJurisdiction1733300000017 implements MigrationInterface {
  name = 'CaseJurisdiction1733300000017';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE case_access ADD COLUMN jurisdiction text NOT NULL DEFAULT 'NL' CHECK (jurisdiction IN ('NL', 'BE'))`);
    await runner.query(`
      UPDATE case_access c SET jurisdiction = i.payload->>'jurisdiction'
        FROM inbox i
       WHERE i.type = 'case.opened' AND i.payload->>'caseId' = c.case_id::text AND i.payload->>'jurisdiction' IN ('NL', 'BE')`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
