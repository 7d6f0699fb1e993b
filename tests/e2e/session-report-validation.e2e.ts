import type { Page } from 'playwright-core';
import { logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { eventually } from '../support/case-events';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, giveColleagueLogin, openOwnCase, type OwnOrganization, type Person } from '../support/own-organization';

jest.setTimeout(180_000);

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true, context: { viewport: DESKTOP } });

/** axe clean and a screenshot at desktop and at phone size, back at desktop after. */
async function checkAtBothSizes(name: string) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize(DESKTOP);
}

const BOOK = 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booked appointment { id } } }';
const RELEASED = 'query ($id: ID!) { case(id: $id) { sessionReports { summary state } } }';

// Everything happens on a case of the test's own: Lotte Smit, her manager Ruben Kok, her coach, and
// Noor Bos, a colleague in her team with a login and no case, who took part in a dialogue talk yesterday.
let organization: OwnOrganization;
let colleague: Person;
let caseId: string;

beforeAll(async () => {
  organization = await createOwnOrganization('Dialoog');
  colleague = await giveColleagueLogin(organization);
  caseId = await openOwnCase(organization, isoDaysFromToday(-45));
  const yesterday = isoDaysFromToday(-1);
  await eventually(async () => {
    const booked = await graphqlAs(organization.coach.email, BOOK, {
      input: {
        caseId,
        kind: 'DIALOGUE_TALK',
        startsAt: `${yesterday}T13:00:00Z`,
        endsAt: `${yesterday}T14:30:00Z`,
        location: 'OFFICE',
        participantUserIds: [organization.employee.userId, organization.coach.userId],
      },
    });
    if (booked.errors) throw new Error(JSON.stringify(booked.errors));
  });
});

it('a dialogue report is written of its talk, approved by the colleague on her own screen, released by the employee, and only then read by the manager', async () => {
  const summary = `Lotte en Noor ronden de post samen af voor de lunch (${Date.now()}).`;
  const managerReads = async () =>
    ((await graphqlAs(organization.manager.email, RELEASED, { id: caseId })).data.case.sessionReports as { summary: string }[]).some(
      (r) => r.summary === summary,
    );

  await logInWithDevelopmentToken(page, organization.coach.email);
  const coach = page.locator('[data-remote="coach"]');
  await coach.getByRole('tab', { name: 'Gespreksverslagen' }).click();
  await coach.getByLabel('Traject', { exact: true }).selectOption({ label: 'Lotte Smit' });
  // The talk comes from the calendar (the case service learns of it through an event): it sets the kind and the date.
  const talk = coach.getByRole('combobox', { name: /^Gesprek/ });
  await eventually(async () => {
    await coach.getByLabel('Traject', { exact: true }).selectOption({ label: 'Lotte Smit' });
    if ((await talk.locator('option').count()) < 2) {
      await page.reload();
      await coach.getByRole('tab', { name: 'Gespreksverslagen' }).click();
      throw new Error('the talk is not offered yet');
    }
  });
  await talk.selectOption({ index: 1 });
  expect(await coach.getByRole('radio', { name: 'Dialooggesprek' }).isChecked()).toBe(true);
  await coach.getByRole('combobox', { name: /^Collega/ }).selectOption({ label: colleague.name });
  await coach.getByRole('textbox', { name: /^Functionele samenvatting/ }).fill(summary);
  await coach.getByRole('textbox', { name: /^Mijn eigen notities/ }).fill('Noor herkent de drukte.');
  await coach.getByRole('button', { name: 'Opslaan als concept' }).click();
  const card = coach.locator('.tk-card', { hasText: summary });
  await card.getByText(/^Bij het gesprek van Dialooggesprek/).waitFor();
  await card.getByRole('button', { name: 'Ter goedkeuring versturen' }).click();
  await card.getByText('Wacht op goedkeuring').waitFor();
  await checkAtBothSizes('coach-dialogue-report');
  expect(await managerReads()).toBe(false);

  // Noor has no case of her own: her overview shows the report of her talk, without the coach's notes.
  await logInWithDevelopmentToken(page, colleague.email);
  const noor = page.locator('[data-remote="employee"]');
  const waiting = noor.locator('#employee-reports-to-validate .tk-card', { hasText: summary });
  await waiting.waitFor();
  expect(await noor.getByText('Noor herkent de drukte.').count()).toBe(0);
  await checkAtBothSizes('colleague-report-to-validate');
  await waiting.getByRole('button', { name: 'Klopt, goedkeuren' }).click();
  await noor.getByText('Dank je, je antwoord is doorgegeven aan de coach.').waitFor();
  await waiting.waitFor({ state: 'detached' });
  expect(await managerReads()).toBe(false);

  await logInWithDevelopmentToken(page, organization.employee.email);
  const lotte = page.locator('[data-remote="employee"]');
  await lotte.getByRole('tab', { name: 'Gesprekken' }).click();
  const own = lotte.locator('#employee-sessions .tk-card', { hasText: summary });
  await own.getByText(`${colleague.name} (goedgekeurd)`).waitFor();
  await own.getByRole('button', { name: 'Klopt, goedkeuren' }).click();
  await own.getByRole('button', { name: 'Vrijgeven aan mijn leidinggevende' }).waitFor();
  expect(await managerReads()).toBe(false);
  await own.getByRole('button', { name: 'Vrijgeven aan mijn leidinggevende' }).click();
  await own.getByText('Vrijgegeven aan leidinggevende').waitFor();
  await checkAtBothSizes('employee-releases-dialogue-report');

  await logInWithDevelopmentToken(page, organization.manager.email);
  const manager = page.locator('[data-remote="manager"]');
  await manager.getByRole('tab', { name: 'Gesprekken' }).click();
  await manager.locator('#manager-released-summaries').getByText(summary).waitFor();
  expect(await manager.getByText('Noor herkent de drukte.').count()).toBe(0);
  await checkAtBothSizes('manager-reads-released-summary');
});

it('an escalation asks the employee, who agrees on her own screen before the doctor sees it', async () => {
  const reason = `De opbouw staat stil en samen vinden we geen volgende stap (${Date.now()}).`;
  const doctorSees = async () =>
    (
      (await graphqlAs(organization.doctor.email, 'query ($id: ID!) { case(id: $id) { escalations { reason status } } }', { id: caseId })).data.case
        .escalations as { reason: string; status: string }[]
    ).filter((e) => e.reason === reason);

  await logInWithDevelopmentToken(page, organization.coach.email);
  const coach = page.locator('[data-remote="coach"]');
  await coach.getByRole('tab', { name: 'Signalen en escalatie' }).click();
  const lotteAlerts = coach.getByTestId('alerts-Lotte Smit');
  await lotteAlerts.getByText('Escaleren naar de bedrijfsarts').click();
  await lotteAlerts.getByRole('textbox', { name: /^Waarom de bedrijfsarts/ }).fill(reason);
  expect(await lotteAlerts.getByRole('radio', { name: 'Vraag het de medewerker op het eigen scherm' }).isChecked()).toBe(true);
  await lotteAlerts.getByRole('button', { name: 'Instemming vragen' }).click();
  await lotteAlerts.getByText('Wacht op de instemming van de medewerker').waitFor();
  await checkAtBothSizes('coach-asks-escalation-agreement');
  expect(await doctorSees()).toEqual([]);

  await logInWithDevelopmentToken(page, organization.employee.email);
  const lotte = page.locator('[data-remote="employee"]');
  const request = lotte.locator('#employee-escalation-requests');
  await request.getByText(reason).waitFor();
  await checkAtBothSizes('employee-escalation-request');
  await request.getByRole('button', { name: 'Ik stem in: vraag de bedrijfsarts' }).click();
  await request.getByText('Je hebt ingestemd. De bedrijfsarts is gevraagd om mee te kijken.').waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  expect(await doctorSees()).toEqual([{ reason, status: 'OPEN' }]);
});
