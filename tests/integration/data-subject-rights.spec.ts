import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

/** Statements and rectifications stay in the dossier: they are written on a case of the test's own. */
let organization: OwnOrganization;
let ownCaseId: string;
beforeAll(async () => {
  organization = await createOwnOrganization('Inzage');
  ownCaseId = await openOwnCase(organization, isoDaysFromToday(-30));
});
const emailOf = (role: 'employee' | 'manager' | 'caseManager' | 'coach' | 'doctor') => organization[role].email;

const ADD_STATEMENT = `mutation ($input: AddEmployeeStatementInput!) { addEmployeeStatement(input: $input) { id text } }`;
const REQUEST = `mutation ($input: RequestRectificationInput!) { requestRectification(input: $input) { id status version dataClass } }`;
const RESOLVE = `mutation ($input: ResolveRectificationInput!) { resolveRectification(input: $input) { id status response version } }`;
const DOSSIER = `query ($id: ID!) { case(id: $id) { employeeStatements { text } rectificationRequests { id dataClass status } } }`;

describe("the employee's own statement", () => {
  it('is added by the employee and read by everyone on the case', async () => {
    const caseId = ownCaseId;
    const text = `Ik merk dat korte werkdagen me helpen (${Date.now()}).`;
    const added = await graphqlAs(emailOf('employee'), ADD_STATEMENT, { input: { caseId, text } });
    expect(added.errors).toBeUndefined();
    for (const email of [emailOf('manager'), emailOf('caseManager'), emailOf('coach')]) {
      const { data } = await graphqlAs(email, DOSSIER, { id: caseId });
      expect(data.case.employeeStatements.map((s: { text: string }) => s.text)).toContain(text);
    }
  });

  it('cannot be written by anyone else, and empty text names the field', async () => {
    const caseId = ownCaseId;
    const byManager = await graphqlAs(emailOf('manager'), ADD_STATEMENT, { input: { caseId, text: 'namens Lotte' } });
    expect(byManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOutsider = await graphqlAs('werknemer@andere.test', ADD_STATEMENT, { input: { caseId, text: 'x' } });
    expect(byOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const empty = await graphqlAs(emailOf('employee'), ADD_STATEMENT, { input: { caseId, text: '   ' } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});

describe('rectification requests', () => {
  it('go to the case manager, who resolves them once; a stale version is a conflict', async () => {
    const caseId = ownCaseId;
    const requested = await graphqlAs(emailOf('employee'), REQUEST, {
      input: { caseId, dataClass: 'ACTION_PLAN', description: 'Mijn werkdagen staan verkeerd in het plan.' },
    });
    const request = requested.data.requestRectification;
    expect(request).toMatchObject({ status: 'OPEN', version: 1 });

    const managerView = await graphqlAs(emailOf('manager'), DOSSIER, { id: caseId });
    expect(managerView.data.case.rectificationRequests.map((r: { id: string }) => r.id)).not.toContain(request.id);

    const stale = await graphqlAs(emailOf('caseManager'), RESOLVE, {
      input: { id: request.id, expectedVersion: 0, status: 'ACCEPTED', response: 'Aangepast.' },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });

    const resolved = await graphqlAs(emailOf('caseManager'), RESOLVE, {
      input: { id: request.id, expectedVersion: 1, status: 'ACCEPTED', response: 'Aangepast.' },
    });
    expect(resolved.data.resolveRectification).toMatchObject({ status: 'ACCEPTED', version: 2 });
    const again = await graphqlAs(emailOf('caseManager'), RESOLVE, {
      input: { id: request.id, expectedVersion: 2, status: 'REJECTED', response: 'Toch niet.' },
    });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it("about medical notes are the company doctor's alone", async () => {
    const caseId = ownCaseId;
    const { data } = await graphqlAs(emailOf('employee'), REQUEST, {
      input: { caseId, dataClass: 'MEDICAL_NOTES', description: 'De datum van het consult klopt niet.' },
    });
    const id = data.requestRectification.id;
    const byCaseManager = await graphqlAs(emailOf('caseManager'), RESOLVE, { input: { id, expectedVersion: 1, status: 'ACCEPTED', response: 'ok' } });
    expect(byCaseManager.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byDoctor = await graphqlAs(emailOf('doctor'), RESOLVE, { input: { id, expectedVersion: 1, status: 'ACCEPTED', response: 'Gecorrigeerd.' } });
    expect(byDoctor.data.resolveRectification.status).toBe('ACCEPTED');
  });

  it('reject an unknown kind of data, naming the field', async () => {
    const caseId = ownCaseId;
    const result = await graphqlAs(emailOf('employee'), REQUEST, { input: { caseId, dataClass: 'SALARY', description: 'x' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dataClass' });
  });
});

describe('access to my data', () => {
  it('shows the employee who handled their dossier, and exports everything as JSON', async () => {
    const caseId = ownCaseId;
    const { data: requested } = await graphqlAs(emailOf('employee'), REQUEST, {
      input: { caseId, dataClass: 'CASE_BASICS', description: 'Mijn telefoonnummer is veranderd.' },
    });
    await graphqlAs(emailOf('caseManager'), RESOLVE, {
      input: { id: requested.requestRectification.id, expectedVersion: 1, status: 'ACCEPTED', response: 'Bijgewerkt.' },
    });

    const log = await graphqlAs(emailOf('employee'), '{ myDataAccessLog(first: 50) { edges { node { actorName actorRole action dataClass caseId } } } }');
    const entries = log.data.myDataAccessLog.edges.map((e: { node: unknown }) => e.node);
    expect(entries).toContainEqual({ actorName: organization.caseManager.name, actorRole: 'CASE_MANAGER', action: 'UPDATE', dataClass: 'CASE_BASICS', caseId });
    expect(entries.every((e: { actorName: string }) => e.actorName !== organization.employee.name)).toBe(true);

    const exported = await graphqlAs(emailOf('employee'), '{ myPersonalDataExport { generatedAt notice dossier } }');
    expect(exported.errors).toBeUndefined();
    const dossier = exported.data.myPersonalDataExport.dossier;
    expect(dossier.account[0].email).toBe(emailOf('employee'));
    expect(dossier.cases.map((c: { id: string }) => c.id)).toContain(caseId);
    expect(dossier.rectificationRequests.length).toBeGreaterThanOrEqual(1);
    expect(dossier.accessLog.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(dossier)).not.toContain('Noor Bos');
  });

  it('is only ever about the viewer', async () => {
    const exported = await graphqlAs(emailOf('manager'), '{ myPersonalDataExport { dossier } }');
    const dossier = exported.data.myPersonalDataExport.dossier;
    expect(dossier.account[0].email).toBe(emailOf('manager'));
    expect(JSON.stringify(dossier)).not.toContain(organization.employee.name);
  });
});
