import { eventually } from '../support/case-events';
import { isoDaysFromToday, isoToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, giveColleagueLogin, openOwnCase, type OwnOrganization, type Person } from '../support/own-organization';

jest.setTimeout(120_000);

const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booked appointment { id } } }`;
const WRITE = `mutation ($input: WriteSessionReportInput!) {
  writeSessionReport(input: $input) { saved report { id version state appointmentId reflection { wentWell wasHard learned nextTime } } }
}`;
const SUBMIT = `mutation ($input: SessionReportStepInput!) { submitSessionReport(input: $input) { id state version } }`;
const VALIDATE = `mutation ($input: ValidateSessionReportInput!) { validateSessionReport(input: $input) { id state version changeRequest } }`;
const RELEASE = `mutation ($input: SessionReportStepInput!) { releaseSessionReport(input: $input) { id state version } }`;
const TO_VALIDATE = `{ sessionReportsToValidate { id kind summary privateNotes reflection { wentWell } participants { name role validated } } }`;
const OF_CASE = `query ($id: ID!) { case(id: $id) { id sessionReports { id state summary privateNotes appointmentId reflection { wentWell wasHard learned nextTime } } } }`;

const REFLECTION = {
  wentWell: 'De ochtenden met de post gaven overzicht.',
  wasHard: 'Nee zeggen tegen een extra klus.',
  learned: 'Vooraf zeggen wat lukt scheelt gedoe.',
  nextTime: 'Eerst in de planning kijken, dan antwoorden.',
};

describe('session reports in the programme', () => {
  let organization: OwnOrganization;
  let colleague: Person;
  let caseId: string;
  let talkId: string;

  async function must(email: string, query: string, variables: Record<string, unknown>) {
    const { data, errors } = await graphqlAs(email, query, variables);
    expect(errors).toBeUndefined();
    return data;
  }

  beforeAll(async () => {
    organization = await createOwnOrganization('Verslagen');
    colleague = await giveColleagueLogin(organization);
    caseId = await openOwnCase(organization, isoDaysFromToday(-40));
    const yesterday = isoDaysFromToday(-1);
    const booked = await eventually(async () => {
      const { data, errors } = await graphqlAs(organization.coach.email, BOOK, {
        input: {
          caseId,
          kind: 'REFLECTION_TALK',
          startsAt: `${yesterday}T09:00:00Z`,
          endsAt: `${yesterday}T10:00:00Z`,
          location: 'OFFICE',
          participantUserIds: [organization.employee.userId, organization.coach.userId],
        },
      });
      if (errors) throw new Error(errors[0].message);
      return data.bookAppointment;
    });
    expect(booked.booked).toBe(true);
    talkId = booked.appointment.id;
  });

  it('are written of a talk of their own case, a reflection with the four questions of the programme', async () => {
    const base = { caseId, heldOn: isoDaysFromToday(-1), summary: 'Lotte begint met de post en plant zelf haar pauzes.' };
    const without = await graphqlAs(organization.coach.email, WRITE, { input: { ...base, kind: 'REFLECTION' } });
    expect(without.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reflection', reasonCode: 'EMPTY' });
    const blank = await graphqlAs(organization.coach.email, WRITE, { input: { ...base, kind: 'REFLECTION', reflection: { ...REFLECTION, learned: '  ' } } });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reflection.learned', reasonCode: 'EMPTY' });
    const onThreeWay = await graphqlAs(organization.coach.email, WRITE, { input: { ...base, kind: 'THREE_WAY', reflection: REFLECTION } });
    expect(onThreeWay.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reflection', reasonCode: 'REFLECTION_ONLY' });
    const unknownTalk = await graphqlAs(organization.coach.email, WRITE, {
      input: { ...base, kind: 'REFLECTION', reflection: REFLECTION, appointmentId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknownTalk.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // The case service learns of the talk from the scheduling service's event.
    const written = await eventually(async () => {
      const { data, errors } = await graphqlAs(organization.coach.email, WRITE, {
        input: { ...base, kind: 'REFLECTION', reflection: REFLECTION, appointmentId: talkId },
      });
      if (errors) throw new Error(errors[0].message);
      return data.writeSessionReport.report;
    });
    expect(written).toMatchObject({ state: 'DRAFT', appointmentId: talkId, reflection: REFLECTION });

    const submitted = (await must(organization.coach.email, SUBMIT, { input: { reportId: written.id, expectedVersion: written.version } })).submitSessionReport;
    const validated = (
      await must(organization.employee.email, VALIDATE, { input: { reportId: written.id, expectedVersion: submitted.version, approve: true } })
    ).validateSessionReport;
    expect(validated.state).toBe('VALIDATED');
    await must(organization.employee.email, RELEASE, { input: { reportId: written.id, expectedVersion: validated.version } });

    const employeeView = (await must(organization.employee.email, OF_CASE, { id: caseId })).case.sessionReports;
    expect(employeeView).toEqual([expect.objectContaining({ id: written.id, appointmentId: talkId, reflection: REFLECTION, privateNotes: null })]);
    const managerView = (await must(organization.manager.email, OF_CASE, { id: caseId })).case.sessionReports;
    expect(managerView).toEqual([expect.objectContaining({ id: written.id, state: 'RELEASED', summary: base.summary, reflection: null, privateNotes: null })]);
  });

  it('of a dialogue talk are validated by the colleague, who has no case, and reach the manager only after everyone validated and the employee released', async () => {
    const summary = `Lotte en Noor ronden de post samen af voor de lunch (${Date.now()}).`;
    const written = (
      await must(organization.coach.email, WRITE, {
        input: { caseId, kind: 'DIALOGUE', heldOn: isoToday(), colleagueUserId: colleague.userId, summary, privateNotes: 'Noor herkent de drukte.' },
      })
    ).writeSessionReport.report;
    expect(written.reflection).toBeNull();
    let version: number = (await must(organization.coach.email, SUBMIT, { input: { reportId: written.id, expectedVersion: written.version } }))
      .submitSessionReport.version;

    const managerSees = async () =>
      (await must(organization.manager.email, OF_CASE, { id: caseId })).case.sessionReports.filter((r: { id: string }) => r.id === written.id);
    expect(await managerSees()).toEqual([]);

    // Noor finds it among the reports waiting for her, without the coach's notes, and cannot open Lotte's case.
    const waiting = (await must(colleague.email, TO_VALIDATE, {})).sessionReportsToValidate;
    expect(waiting).toEqual([
      expect.objectContaining({
        id: written.id,
        kind: 'DIALOGUE',
        summary,
        privateNotes: null,
        reflection: null,
        participants: expect.arrayContaining([
          { name: organization.employee.name, role: 'EMPLOYEE', validated: false },
          { name: 'Noor Bos', role: 'COLLEAGUE', validated: false },
        ]),
      }),
    ]);
    const caseOfColleague = await graphqlAs(colleague.email, OF_CASE, { id: caseId });
    expect(caseOfColleague.data?.case ?? null).toBeNull();

    const asked = (
      await must(colleague.email, VALIDATE, {
        input: { reportId: written.id, expectedVersion: version, approve: false, comment: 'Het was voor de lunch, niet erna.' },
      })
    ).validateSessionReport;
    expect(asked).toMatchObject({ state: 'CHANGES_REQUESTED', changeRequest: 'Het was voor de lunch, niet erna.' });
    version = (await must(organization.coach.email, SUBMIT, { input: { reportId: written.id, expectedVersion: asked.version } })).submitSessionReport.version;

    version = (await must(colleague.email, VALIDATE, { input: { reportId: written.id, expectedVersion: version, approve: true } })).validateSessionReport
      .version;
    expect((await must(colleague.email, TO_VALIDATE, {})).sessionReportsToValidate).toEqual([]);
    expect(await managerSees()).toEqual([]);
    const byOutsider = await graphqlAs(organization.otherManager.email, VALIDATE, { input: { reportId: written.id, expectedVersion: version, approve: true } });
    expect(byOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const validated = (await must(organization.employee.email, VALIDATE, { input: { reportId: written.id, expectedVersion: version, approve: true } }))
      .validateSessionReport;
    expect(validated.state).toBe('VALIDATED');
    expect(await managerSees()).toEqual([]);
    const byColleague = await graphqlAs(colleague.email, RELEASE, { input: { reportId: written.id, expectedVersion: validated.version } });
    expect(byColleague.errors?.length).toBeGreaterThan(0);

    await must(organization.employee.email, RELEASE, { input: { reportId: written.id, expectedVersion: validated.version } });
    expect(await managerSees()).toEqual([expect.objectContaining({ state: 'RELEASED', summary, privateNotes: null, reflection: null })]);
  });
});
