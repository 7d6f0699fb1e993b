import { required } from '@terugkeer/domain';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { withDatabase } from '../support/database';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(60_000);

const repoRoot = join(__dirname, '..', '..');

function auditVerify(...extra: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'terugkeer', '--', 'audit', 'verify', ...extra], { cwd: repoRoot, encoding: 'utf8', env: process.env });
  const lines = result.stdout.trim().split('\n');
  return { status: result.status, text: result.stdout, result: JSON.parse(lines[lines.length - 1]) };
}

describe('the audit log', () => {
  it('records sensitive reads and verifies as an intact chain with the command', async () => {
    const { data } = await graphqlAs('bedrijfsarts@arbo.test', '{ viewer { cases(first: 1) { edges { node { id medicalNotes { id } } } } } }');
    expect(data.viewer.cases.edges[0].node.medicalNotes).not.toBeNull();
    const reads = await withDatabase('case', (db) =>
      db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'READ' AND data_class = 'MEDICAL_NOTES'`),
    );
    expect(reads.rows[0].n).toBeGreaterThan(0);

    const verified = auditVerify();
    expect(verified.status).toBe(0);
    expect(verified.text).toContain('chain intact');
    expect(verified.result).toMatchObject({ valid: true, brokenAt: null });
    expect(verified.result.entries).toBeGreaterThan(0);
  });

  it('cannot be changed by the application, and a changed copy fails verification at the changed entry', async () => {
    const refused = await withDatabase('case', (db) =>
      db.query(`UPDATE audit_log SET actor_role = 'X' WHERE seq = 1`).then(
        () => null,
        (error: Error) => error.message,
      ),
    );
    expect(refused).toContain('append-only');
    const deleted = await withDatabase('case', (db) =>
      db.query(`DELETE FROM audit_log WHERE seq = 1`).then(
        () => null,
        (error: Error) => error.message,
      ),
    );
    expect(deleted).toContain('append-only');

    const copy = `audit_tamper_${Date.now()}`;
    await withDatabase('case', async (db) => {
      await db.query(`CREATE SCHEMA ${copy}`);
      await db.query(`CREATE TABLE ${copy}.audit_log AS SELECT * FROM "case".audit_log`);
      await db.query(`UPDATE ${copy}.audit_log SET detail = '{"rewritten": true}' WHERE seq = 2`);
      // The command runs as the case service's role, which reads only what it is granted.
      const caseRole = new URL(required(process.env.CASE_DATABASE_URL, 'CASE_DATABASE_URL')).username;
      await db.query(`GRANT USAGE ON SCHEMA ${copy} TO "${caseRole}"`);
      await db.query(`GRANT SELECT ON ${copy}.audit_log TO "${caseRole}"`);
    });
    const tampered = auditVerify('--schema', copy);
    expect(tampered.status).toBe(1);
    expect(tampered.text).toContain('BROKEN at entry 2');
    expect(tampered.result).toMatchObject({ valid: false, brokenAt: { seq: 2 } });
    await withDatabase('case', (db) => db.query(`DROP SCHEMA ${copy} CASCADE`));
  });
});
