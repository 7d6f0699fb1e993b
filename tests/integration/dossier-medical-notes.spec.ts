import { withDatabase } from '../support/database';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

const NOTES = `query ($id: ID!) { case(id: $id) { id medicalNotes { id text version author } } }`;
const ADD = `mutation ($input: AddMedicalNoteInput!) { addMedicalNote(input: $input) { id text version } }`;
const UPDATE = `mutation ($input: UpdateMedicalNoteInput!) { updateMedicalNote(input: $input) { id text version } }`;

const readAudits = (caseId: string) =>
  withDatabase('case', async (db) => {
    const { rows } = await db.query(`SELECT actor_role AS role, action FROM audit_log WHERE case_id = $1 AND data_class = 'MEDICAL_NOTES' ORDER BY seq`, [
      caseId,
    ]);
    return rows as { role: string; action: string }[];
  });

describe('medical notes', () => {
  let organization: OwnOrganization;
  let caseId: string;
  let doctor: string;
  beforeAll(async () => {
    organization = await createOwnOrganization('Medisch');
    caseId = await openOwnCase(organization, isoDaysFromToday(-30));
    doctor = organization.doctor.email;
  });

  it('are written and read by the assigned doctor, each read and write in the audit log', async () => {
    const before = await readAudits(caseId);
    const added = await graphqlAs(doctor, ADD, { input: { caseId, text: 'Consult: klachten nemen af.' } });
    expect(added.data.addMedicalNote).toMatchObject({ version: 1 });
    const note = added.data.addMedicalNote;
    const updated = await graphqlAs(doctor, UPDATE, { input: { id: note.id, expectedVersion: 1, text: 'Consult: klachten nemen duidelijk af.' } });
    expect(updated.data.updateMedicalNote).toMatchObject({ version: 2 });
    const stale = await graphqlAs(doctor, UPDATE, { input: { id: note.id, expectedVersion: 1, text: 'overschreven?' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const { data, errors } = await graphqlAs(doctor, NOTES, { id: caseId });
    expect(errors).toBeUndefined();
    expect(data.case.medicalNotes).toEqual(
      expect.arrayContaining([{ id: note.id, text: 'Consult: klachten nemen duidelijk af.', version: 2, author: organization.doctor.name }]),
    );

    const after = (await readAudits(caseId)).slice(before.length);
    expect(after).toEqual([
      { role: 'COMPANY_DOCTOR', action: 'CREATE' },
      { role: 'COMPANY_DOCTOR', action: 'UPDATE' },
      { role: 'COMPANY_DOCTOR', action: 'READ' },
    ]);
  });

  it.each(['employee', 'manager', 'caseManager', 'coach'] as const)(
    'are refused to the %s, who sees the case, without saying whether notes exist',
    async (role) => {
      const email = organization[role].email;
      const before = await readAudits(caseId);
      const { data, errors } = await graphqlAs(email, NOTES, { id: caseId });
      expect(data.case).toMatchObject({ id: caseId, medicalNotes: null });
      expect(errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(errors?.[0].message).not.toMatch(/\d/);
      expect(await readAudits(caseId)).toHaveLength(before.length);
    },
  );

  it.each(['otherDoctor', 'otherCoach', 'leidinggevende2@demo.test', 'hr@andere.test'])(
    'are invisible to %s, for whom the case does not exist',
    async (who) => {
      const email = who === 'otherDoctor' || who === 'otherCoach' ? organization[who].email : who;
      const { data } = await graphqlAs(email, NOTES, { id: caseId });
      expect(data.case).toBeNull();
    },
  );

  it('cannot be written or changed by anyone but the assigned doctor', async () => {
    const { data } = await graphqlAs(doctor, NOTES, { id: caseId });
    const note = data.case.medicalNotes[0];
    for (const email of [organization.otherDoctor.email, organization.coach.email, organization.employee.email, organization.caseManager.email]) {
      const added = await graphqlAs(email, ADD, { input: { caseId, text: 'x' } });
      expect(added.data?.addMedicalNote ?? null).toBeNull();
      const changed = await graphqlAs(email, UPDATE, { input: { id: note.id, expectedVersion: note.version, text: 'x' } });
      expect(changed.data?.updateMedicalNote ?? null).toBeNull();
    }
    const byOtherDoctor = await graphqlAs(organization.otherDoctor.email, UPDATE, { input: { id: note.id, expectedVersion: note.version, text: 'x' } });
    expect(byOtherDoctor.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('never travel in an event', async () => {
    await withDatabase('case', async (db) => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE payload::text ILIKE '%klachten nemen%'`);
      expect(rows[0].n).toBe(0);
    });
  });
});
