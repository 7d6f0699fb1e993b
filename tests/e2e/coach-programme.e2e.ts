import type { Page } from 'playwright-core';
import { logInAs, logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { eventually } from '../support/case-events';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';
import { mondayInWeeks, sanneCaseId } from '../support/scheduling-fixtures';

jest.setTimeout(120_000);

let page: Page;
withDutchPage((opened) => (page = opened));

const PROGRAMME = 'query ($id: ID!) { case(id: $id) { programme { progress { held missed unrecorded } sessions { id kind startsAt status version } } } }';
const SET_STATUS = 'mutation ($input: SetAppointmentStatusInput!) { setAppointmentStatus(input: $input) { id status version } }';

async function programmeOf(caseId: string) {
  const { data, errors } = await graphqlAs('coach@arbo.test', PROGRAMME, { id: caseId });
  expect(errors).toBeUndefined();
  return data.case.programme;
}

const coachArea = () => page.locator('[data-remote="coach"]');

const BOOK = 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booked appointment { startsAt } } }';

// Sanne's alerts are only read and her programme is left as it was found; the escalation and the three-way
// talk are made on a case of the test's own (Lotte Smit's), whose employee already has a consultation with
// the doctor in week eight.
let organization: OwnOrganization;
let lotteCase: string;
let consultationStartsAt: string;

beforeAll(async () => {
  organization = await createOwnOrganization('Coachprogramma');
  lotteCase = await openOwnCase(organization, isoDaysFromToday(-60));
  // The scheduling service learns of the case through its events: it books once it knows it.
  consultationStartsAt = await eventually(async () => {
    const booked = await graphqlAs(organization.doctor.email, BOOK, {
      input: {
        caseId: lotteCase,
        kind: 'COMPANY_DOCTOR_CONSULT',
        startsAt: `${mondayInWeeks(8)}T09:00:00Z`,
        endsAt: `${mondayInWeeks(8)}T10:00:00Z`,
        location: 'OFFICE',
        participantUserIds: [organization.employee.userId, organization.doctor.userId],
      },
    });
    if (booked.errors) throw new Error(JSON.stringify(booked.errors));
    return booked.data.bookAppointment.appointment.startsAt as string;
  });
  // Lotte and her manager look at the case's appointments: the scheduling service knows people by name from their own visits.
  for (const person of [organization.employee, organization.manager]) {
    const seen = await graphqlAs(person.email, 'query ($id: ID!) { case(id: $id) { appointments { kind } } }', { id: lotteCase });
    expect(seen.data.case.appointments).toEqual([{ kind: 'COMPANY_DOCTOR_CONSULT' }]);
  }
});

describe('the coach', () => {
  it("follows Sanne's programme week by week and records that a talk was held", async () => {
    const caseId = await sanneCaseId();
    // The last talk that took place is set back to planned, as if the coach had not recorded it yet.
    const before = await programmeOf(caseId);
    const talk = [...before.sessions].reverse().find((s: { status: string }) => s.status === 'HELD');
    const reopened = await graphqlAs('coach@arbo.test', SET_STATUS, { input: { id: talk.id, expectedVersion: talk.version, status: 'PLANNED' } });
    expect(reopened.errors).toBeUndefined();

    await logInAs(page, 'coach@arbo.test');
    await coachArea().getByRole('tab', { name: 'Programma' }).click();
    const programme = page.locator('#coach-programme');
    await programme.getByLabel('Medewerker', { exact: true }).selectOption({ label: 'Sanne de Vries' });
    await programme.locator('[aria-current="date"]').getByText('Deze week').waitFor();
    await programme.getByRole('img', { name: 'Gesprekken per week' }).waitFor();
    await programme.getByTestId('figure-unrecorded').getByText('1').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'coach-programme');

    const record = programme.getByRole('group', { name: /op/ }).filter({ has: page.getByRole('button', { name: 'Gehouden' }) });
    await expect(record.count()).resolves.toBe(1);
    await record.getByRole('button', { name: 'Gehouden' }).click();
    await programme.getByTestId('figure-unrecorded').getByText('0').waitFor();
    const after = await programmeOf(caseId);
    expect(after.sessions.find((s: { id: string }) => s.id === talk.id).status).toBe('HELD');
    expect(after.progress).toEqual(before.progress);
  });

  it('cannot move a talk out of its programme week, and is told why', async () => {
    const programme = page.locator('#coach-programme');
    const move = programme.getByRole('button', { name: 'Verzetten' }).first();
    await move.click();
    const form = programme.getByTestId('move-session');
    await form.getByLabel(/^Nieuwe dag/).fill(mondayInWeeks(12));
    await form.getByRole('button', { name: 'Verzetten' }).click();
    await form.getByText('Dit kan niet: een gesprek blijft in zijn eigen programmaweek.').waitFor();
    await form.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('sees the stagnation alerts with the dip behind them, and escalates to the company doctor with the employee’s agreement recorded', async () => {
    // The caseload says what waits, and its button opens the alerts, with focus on their tab.
    await coachArea().getByRole('tab', { name: 'Mijn trajecten' }).click();
    const stagnating = coachArea()
      .getByTestId('coach-todos')
      .getByRole('listitem')
      .filter({ hasText: /Sanne de Vries: signalen dat de opbouw stagneert \(\d+\)/ });
    await stagnating.getByRole('button', { name: 'Naar signalen' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'tab' && document.activeElement.textContent === 'Signalen en escalatie');
    const alerts = page.locator('#coach-alerts');
    const sanne = alerts.getByTestId('alerts-Sanne de Vries');
    await sanne.getByText('Onder het plan').waitFor();
    await sanne
      .getByText(/de eisen wegen zwaarder dan wat helpt/)
      .first()
      .waitFor();

    // The coach of the test's own case escalates it from the same screen.
    await logInWithDevelopmentToken(page, organization.coach.email);
    await coachArea().getByRole('tab', { name: 'Signalen en escalatie' }).click();
    const lotte = alerts.getByTestId('alerts-Lotte Smit');
    await lotte.getByText('Escaleren naar de bedrijfsarts').click();
    const reason = 'De opbouw staat al drie weken stil en samen vinden we geen volgende stap.';
    await lotte.getByRole('textbox', { name: /^Waarom de bedrijfsarts/ }).fill(reason);
    await lotte.getByRole('radio', { name: /^Dringend/ }).check();
    // Lotte already agreed in today's talk: the coach records how, and the doctor is asked at once.
    await lotte.getByRole('radio', { name: 'Al akkoord gegeven in een gesprek' }).check();
    await lotte.getByRole('button', { name: 'Escalatie versturen' }).click();
    await lotte.getByText('Wacht op de bedrijfsarts').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const { data } = await graphqlAs(organization.doctor.email, 'query ($id: ID!) { case(id: $id) { escalations { reason urgency status } } }', {
      id: lotteCase,
    });
    expect(data.case.escalations).toEqual(expect.arrayContaining([{ reason, urgency: 'URGENT', status: 'OPEN' }]));
  });

  it('plans a three-way talk, sees who is busy, and books at a time that suits everyone', async () => {
    const busyLocal = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .format(new Date(consultationStartsAt))
      .split(', ');

    await coachArea().getByRole('tab', { name: 'Driegesprekken' }).click();
    const talks = page.locator('#coach-three-way');
    await talks.getByLabel('Medewerker', { exact: true }).selectOption({ label: 'Lotte Smit' });
    await talks.getByText('Met: Cor Coach, Lotte Smit, Ruben Kok').waitFor();
    const form = talks.getByTestId('three-way-form');
    await form.getByLabel(/^Datum/).fill(busyLocal[0]);
    await form.getByRole('textbox', { name: /^Begintijd/ }).fill(busyLocal[1]);
    await form.getByRole('button', { name: 'Inplannen', exact: true }).click();
    await form
      .getByTestId('booking-conflicts')
      .getByText(/Lotte Smit heeft al een afspraak/)
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const free = mondayInWeeks(9);
    await form.getByLabel(/^Datum/).fill(free);
    await form.getByRole('textbox', { name: /^Begintijd/ }).fill('15:00');
    await form.getByRole('button', { name: 'Inplannen', exact: true }).click();
    await form.getByText('Het driegesprek is ingepland; iedereen krijgt een melding.').waitFor();
    await talks.getByRole('table', { name: 'Geplande driegesprekken' }).getByText('Cor Coach, Lotte Smit, Ruben Kok').waitFor();

    const { data } = await graphqlAs(organization.manager.email, 'query ($id: ID!) { case(id: $id) { appointments { kind startsAt } } }', { id: lotteCase });
    expect(data.case.appointments).toEqual(
      expect.arrayContaining([{ kind: 'THREE_WAY_TALK', startsAt: expect.stringMatching(new RegExp(`^${free}T1[34]:00`)) }]),
    );
  });

  it('writes a dialogue report with the colleague who took part', async () => {
    await logInAs(page, 'coach@arbo.test');
    await coachArea().getByRole('tab', { name: 'Gespreksverslagen' }).click();
    const reports = page.locator('#coach-session-reports');
    await reports.getByLabel('Traject', { exact: true }).selectOption({ label: 'Sanne de Vries' });
    await reports.getByRole('radio', { name: 'Dialooggesprek' }).check();
    const colleague = reports.getByLabel(/^Collega/);
    await colleague.waitFor();
    expect(await colleague.locator('option').allTextContents()).toContain('Daan Bos');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
