import { ChainVerifier, entryHash, GENESIS_HASH, type AuditEntry, type AuditFacts } from './audit-chain';

const facts = (n: number): AuditFacts => ({
  actorUserId: `user-${n}`,
  actorRole: 'COMPANY_DOCTOR',
  organizationId: 'org',
  subjectEmployeeId: 'employee',
  caseId: 'case',
  action: 'READ',
  dataClass: 'MEDICAL_NOTES',
  recordId: `note-${n}`,
  detail: { fields: ['text'], version: n },
});

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let seq = 1; seq <= length; seq += 1) {
    const unhashed = { ...facts(seq), seq, occurredAt: new Date(Date.UTC(2026, 0, seq)), previousHash: entries.at(-1)?.hash ?? GENESIS_HASH };
    entries.push({ ...unhashed, hash: entryHash(unhashed) });
  }
  return entries;
}

const verify = (entries: AuditEntry[]) => {
  const verifier = new ChainVerifier();
  entries.forEach((entry) => verifier.add(entry));
  return verifier.result();
};

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(verify(chain(5))).toEqual({ entries: 5, valid: true, brokenAt: null });
  });

  it('hashes the same facts the same whatever the key order', () => {
    const [entry] = chain(1);
    const reordered = { ...entry, detail: { version: 1, fields: ['text'] } };
    expect(entryHash(reordered)).toBe(entry.hash);
  });

  it.each([
    [
      'an edited field',
      (c: AuditEntry[]) => {
        c[2] = { ...c[2], actorUserId: 'someone-else' };
      },
      3,
      'changed',
    ],
    [
      'an edited detail',
      (c: AuditEntry[]) => {
        c[1] = { ...c[1], detail: { fields: ['text', 'diagnosis'] } };
      },
      2,
      'changed',
    ],
    [
      'a removed entry',
      (c: AuditEntry[]) => {
        c.splice(2, 1);
      },
      4,
      'missing',
    ],
    [
      'swapped entries',
      (c: AuditEntry[]) => {
        [c[1], c[2]] = [c[2], c[1]];
      },
      3,
      'missing',
    ],
    [
      'a rehashed entry',
      (c: AuditEntry[]) => {
        const edited = { ...c[1], recordId: 'other' };
        c[1] = { ...edited, hash: entryHash(edited) };
      },
      3,
      'link',
    ],
  ])('finds %s', (_name, tamper, brokenSeq, reason) => {
    const entries = chain(5);
    tamper(entries);
    const result = verify(entries);
    expect(result.valid).toBe(false);
    expect(result.brokenAt?.seq).toBe(brokenSeq);
    expect(result.brokenAt?.reason).toContain(reason);
  });
});
