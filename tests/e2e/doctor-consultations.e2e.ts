import type { Page } from 'playwright-core';
import { logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { addIsoDays, isoDaysFromToday, isoToday } from '../support/dates';
import { gatewayUrl, graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';
import { mondayInWeeks } from '../support/scheduling-fixtures';

jest.setTimeout(120_000);

let page: Page;
withDutchPage((opened) => (page = opened));

const ESCALATE = 'mutation ($input: EscalateToCompanyDoctorInput!) { escalateToCompanyDoctor(input: $input) { id } }';
const ESCALATIONS = 'query ($id: ID!) { case(id: $id) { escalations { id status acknowledgementNote } } }';
const APPOINTMENTS = 'query ($id: ID!) { case(id: $id) { appointments { id kind startsAt status } } }';
const doctorArea = () => page.locator('[data-remote="companyDoctor"]');

describe('the company doctor', () => {
  // The escalation and the consultations are on a case of the test's own: Lotte Smit's, with her organization's
  // doctor and coach, past the date of its problem analysis so that the escalation has something to go before.
  const reason = 'Lotte komt afspraken niet meer na en trekt zich terug uit het overleg.';
  const note = 'Ik zie Lotte deze week op het spreekuur.';
  let organization: OwnOrganization;
  let lotteCase: string;

  beforeAll(async () => {
    organization = await createOwnOrganization('Spreekuur');
    lotteCase = await openOwnCase(organization, isoDaysFromToday(-50));
    const raised = await graphqlAs(organization.coach.email, ESCALATE, {
      input: { caseId: lotteCase, reason, urgency: 'URGENT', recordedAgreement: { way: 'IN_TALK', agreedOn: isoToday() } },
    });
    expect(raised.errors).toBeUndefined();
  });

  it('sees what waits, urgent escalations first, and takes one up with a note for the coach', async () => {
    await logInWithDevelopmentToken(page, organization.doctor.email);
    const due = doctorArea().getByTestId('doctor-due');
    const first = due.getByRole('listitem').filter({ hasText: reason });
    await first.getByText('Dringende escalatie').waitFor();
    await due.getByRole('listitem').filter({ hasText: 'de probleemanalyse had uiterlijk' }).first().waitFor();
    expect(await due.getByRole('listitem').first().getByText('Dringende escalatie').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await first.getByRole('button', { name: 'Oppakken' }).click();
    await first.getByText('Schrijf een korte notitie.').waitFor();
    await first.getByRole('textbox', { name: /^Jouw notitie/ }).fill(note);
    await first.getByRole('button', { name: 'Oppakken' }).click();
    await due.getByText(reason, { exact: false }).waitFor({ state: 'detached' });

    const { data } = await graphqlAs(organization.coach.email, ESCALATIONS, { id: lotteCase });
    expect(data.case.escalations).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'ACKNOWLEDGED', acknowledgementNote: note })]));
  });

  it('reads the advice history with the escalation taken up', async () => {
    await doctorArea().getByRole('tab', { name: 'Adviesgeschiedenis' }).click();
    const history = page.locator('#doctor-advice-history');
    await history.getByLabel('Werknemer', { exact: true }).selectOption({ label: 'Lotte Smit' });
    const timeline = history.getByTestId('advice-timeline');
    await timeline.getByText('Escalatie opgepakt').first().waitFor();
    await timeline.getByText(`jouw notitie: ${note}`, { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('plans consultations, is shown who is busy, moves one and cancels another', async () => {
    // A Tuesday, as far ahead as no other appointment of the case.
    const day = addIsoDays(mondayInWeeks(11), 1);
    await doctorArea().getByRole('tab', { name: 'Spreekuur' }).click();
    const hours = page.locator('#doctor-consultations');
    const form = hours.getByTestId('book-consultation');
    const bookAt = async (time: string) => {
      await form.getByLabel(/^Datum/).fill(day);
      await form.getByRole('textbox', { name: /^Begintijd/ }).fill(time);
      await form.getByRole('button', { name: 'Inplannen', exact: true }).click();
    };
    await form.getByLabel('Werknemer', { exact: true }).selectOption({ label: 'Lotte Smit' });
    await bookAt('10:30');
    await form.getByText('Het consult is ingepland; de werknemer krijgt een melding.').waitFor();
    await bookAt('10:30');
    await form
      .getByTestId('consultation-conflicts')
      .getByText(/Anna Arts heeft al een afspraak/)
      .waitFor();
    await bookAt('13:00');
    await form.getByText('Het consult is ingepland; de werknemer krijgt een melding.').waitFor();
    await screenshot(page, 'company-doctor-consultations');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // One table per day, named by it; both consultations are on the same Tuesday.
    const table = hours.getByTestId(`consultations-${day}`);
    expect(await table.locator('caption').textContent()).toMatch(/^dinsdag \d+ \w+( \d{4})? · \d+ consulten$/);
    const actions = (time: string) => table.getByRole('group', { name: new RegExp(`Consult met Lotte Smit op .*${time}`) });
    await actions('10:30').getByRole('button', { name: 'Verzetten' }).click();
    const move = hours.getByTestId('move-consultation');
    await move.getByRole('textbox', { name: /^Begintijd/ }).fill('15:00');
    await move.getByRole('button', { name: 'Opslaan' }).click();
    await actions('15:00').waitFor();
    await actions('13:00').getByRole('button', { name: 'Afzeggen' }).click();
    await table.getByText('Geannuleerd').waitFor();

    const { data } = await graphqlAs(organization.employee.email, APPOINTMENTS, { id: lotteCase });
    const consults = data.case.appointments.filter(
      (a: { kind: string; startsAt: string }) => a.kind === 'COMPANY_DOCTOR_CONSULT' && a.startsAt.startsWith(day),
    );
    const local = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
    expect(consults.map((a: { startsAt: string; status: string }) => [local.format(new Date(a.startsAt)), a.status]).sort()).toEqual([
      ['13:00', 'CANCELLED'],
      ['15:00', 'PLANNED'],
    ]);
  });

  it('links the consultations to her own calendar and stops the link again', async () => {
    const feed = page.locator('#doctor-consultations').getByTestId('calendar-feed');
    await feed.getByRole('button', { name: 'Agendakoppeling maken' }).click();
    const address = await feed.getByRole('textbox', { name: /^Adres om in je agenda/ }).inputValue();
    const fetchFeed = async () => {
      const response = await fetch(`${gatewayUrl()}${new URL(address).pathname}`);
      return { status: response.status, text: await response.text() };
    };
    const linked = await fetchFeed();
    expect(linked.status).toBe(200);
    expect(linked.text).toContain('BEGIN:VCALENDAR');
    expect(linked.text.split('BEGIN:VEVENT').length - 1).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await feed.getByRole('button', { name: 'Koppeling stoppen' }).click();
    await feed.getByText('De koppeling is gestopt; het adres werkt niet meer.').waitFor();
    expect((await fetchFeed()).status).toBe(404);
  });
});
