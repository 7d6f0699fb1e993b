import type { Locator, Page } from 'playwright-core';
import { logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(180_000);

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let page: Page;
withDutchPage((opened) => (page = opened), { context: { viewport: DESKTOP } });

// Lotte Smit's case in an organization of the test's own: she and her coach write her plan, a dip leads
// to it and to an extra talk, and her manager Ruben sees the plan and the trend only once she shares them.
let organization: OwnOrganization;

const SLEEP = 'Ik slaap slechter en word om vier uur wakker';
const SLEEP_ACTION = 'Ik ga die week eerder naar bed';
const SLEEP_ASK = 'Ruben stuurt geen werkmail na 18:00';
const BUSY = 'Ik raak geprikkeld door drukte op de afdeling';
const BUSY_ACTION = 'Ik werk een middag in de stille ruimte';
const NEED = 'Een rustige werkplek deze week';

async function openTab(area: Locator, name: string) {
  await area.getByRole('tab', { name }).click();
}

async function checkedAtBothSizes(name: string) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, `${name}-1280x800`);
  await page.setViewportSize(PHONE);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, `${name}-390x844`);
  await page.setViewportSize(DESKTOP);
}

beforeAll(async () => {
  organization = await createOwnOrganization('Signaleringsplan');
  const caseId = await openOwnCase(organization, isoDaysFromToday(-45));
  // She lets her coach see each check-in, so the coach reads what she needs beside her request.
  const consent = await graphqlAs(organization.employee.email, 'mutation ($input: SetConsentInput!) { setConsent(input: $input) { granted } }', {
    input: { caseId, scope: 'CHECK_IN_DETAIL', granteeRole: 'COACH', granted: true },
  });
  expect(consent.errors).toBeUndefined();
});

describe('the relapse-prevention journey', () => {
  it('the employee draws up her plan in her own words', async () => {
    await logInWithDevelopmentToken(page, organization.employee.email);
    const employee = page.locator('[data-remote="employee"]');
    await openTab(employee, 'Mijn plannen');
    await employee.getByRole('button', { name: 'Signaleringsplan opstellen' }).click();
    const editor = employee.getByTestId('relapse-plan-editor');
    const first = editor.getByRole('group', { name: 'Signaal 1' });
    await first.getByRole('textbox', { name: /^Signaal in eigen woorden/ }).fill(SLEEP);
    await first.getByRole('textbox', { name: /^Wat ik dan doe/ }).fill(SLEEP_ACTION);
    await first.getByRole('textbox', { name: /^Wat ik dan vraag van anderen/ }).fill(SLEEP_ASK);
    expect(await editor.getByRole('textbox', { name: /^Een dip mag/ }).inputValue()).toContain('Een dip mag en hoort bij herstel');
    await checkedAtBothSizes('employee-relapse-plan-editor');
    await editor.getByRole('button', { name: 'Signaleringsplan opslaan' }).click();
    const plan = employee.getByTestId('my-relapse-plan');
    await plan.getByText('Wacht op akkoord van de werknemer').waitFor();
    await plan.getByText(SLEEP_ASK).waitFor();
  });

  it('the coach adds a signal to the same plan', async () => {
    await logInWithDevelopmentToken(page, organization.coach.email);
    const coach = page.locator('[data-remote="coach"]');
    await openTab(coach, 'Signaleringsplan');
    await coach.getByLabel('Traject van').selectOption({ label: organization.employee.name });
    await coach.getByTestId('coach-relapse-plan').getByText(SLEEP).waitFor();
    await coach.getByRole('button', { name: 'Signaleringsplan aanpassen' }).click();
    const editor = coach.getByTestId('relapse-plan-editor');
    await editor.getByRole('button', { name: 'Signaal toevoegen' }).click();
    const second = editor.getByRole('group', { name: 'Signaal 2' });
    await second.getByRole('textbox', { name: /^Signaal in eigen woorden/ }).fill(BUSY);
    await second.getByRole('textbox', { name: /^Wat ik dan doe/ }).fill(BUSY_ACTION);
    await editor.getByRole('button', { name: 'Signaleringsplan opslaan' }).click();
    await coach.getByTestId('coach-relapse-plan').getByText(BUSY_ACTION).waitFor();
    await checkedAtBothSizes('coach-relapse-plan');
  });

  it('the employee agrees to the version they wrote together', async () => {
    await logInWithDevelopmentToken(page, organization.employee.email);
    const employee = page.locator('[data-remote="employee"]');
    await openTab(employee, 'Mijn plannen');
    const plan = employee.getByTestId('my-relapse-plan');
    await plan.getByText(BUSY_ACTION).waitFor();
    await plan.getByRole('button', { name: 'Ik ga akkoord met dit signaleringsplan' }).click();
    await plan.getByText(/Werknemer akkoord op/).waitFor();
  });

  it('the manager sees neither the plan nor the trend before she shares them', async () => {
    await logInWithDevelopmentToken(page, organization.manager.email);
    const manager = page.locator('[data-remote="manager"]');
    await openTab(manager, 'Verloop en signaleringsplan');
    await manager.getByLabel('Medewerker').selectOption({ label: organization.employee.name });
    await manager.getByTestId('plan-not-shared').waitFor();
    await manager.getByTestId('trend-not-shared').waitFor();
    expect(await manager.getByText(SLEEP).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('a dip in her check-in leads to her own signals and actions and to asking for an extra talk', async () => {
    await logInWithDevelopmentToken(page, organization.employee.email);
    const employee = page.locator('[data-remote="employee"]');
    await openTab(employee, 'Check-in');
    const scores = { energy: 3, mood: 4, sleep: 3, demands: 9, autonomy: 4, recognition: 4, socialSupport: 5 };
    for (const [name, value] of Object.entries(scores)) await employee.locator(`input[name="${name}"][value="${value}"]`).check();
    await employee.getByLabel(SLEEP).check();
    await employee.getByRole('textbox', { name: /^Wat heb je nodig/ }).fill(NEED);
    await employee.getByRole('button', { name: 'Check-in opslaan' }).click();
    const dip = employee.getByTestId('dip-notice');
    await dip.getByText(SLEEP_ACTION).waitFor();
    await dip.getByText(SLEEP_ASK).waitFor();
    await dip.getByRole('button', { name: 'Vraag een extra gesprek aan met je coach' }).click();
    await dip.getByTestId('talk-request-state').getByText('Aangevraagd').waitFor();
    await checkedAtBothSizes('employee-check-in-dip-extra-talk');

    await dip.getByRole('button', { name: 'Naar mijn signaleringsplan (versie 1)' }).click();
    await employee.getByTestId('my-relapse-plan').getByText(SLEEP_ASK).waitFor();
  });

  it('the coach sees the request among what waits, with what she needs, and plans the talk', async () => {
    await logInWithDevelopmentToken(page, organization.coach.email);
    const coach = page.locator('[data-remote="coach"]');
    const todo = coach
      .getByTestId('coach-todos')
      .getByRole('listitem')
      .filter({ hasText: `${organization.employee.name}: vraagt na een dip om een extra gesprek (1)` });
    await todo.getByRole('button', { name: 'Naar signaleringsplan en gesprekken' }).click();
    await coach.getByText(NEED).waitFor();
    const request = coach.getByTestId('talk-request');
    await request.getByText('Wacht op planning').waitFor();
    await request.getByRole('button', { name: 'Gesprek inplannen' }).click();
    const anyway = request.getByRole('button', { name: 'Toch inplannen' });
    const planned = request.getByText(/^Gepland op /);
    await Promise.race([planned.waitFor(), anyway.waitFor()]);
    if (await anyway.isVisible()) await anyway.click();
    await planned.waitFor();
    await checkedAtBothSizes('coach-extra-talk-planned');
  });

  it('the employee sees the talk planned and shares her plan and trend with her manager', async () => {
    await logInWithDevelopmentToken(page, organization.employee.email);
    const employee = page.locator('[data-remote="employee"]');
    await openTab(employee, 'Check-in');
    await employee.getByTestId('talk-request-state').getByText('Gepland').waitFor();
    await openTab(employee, 'Privacy');
    // Each box shows the consent the server holds: it turns checked once the grant is recorded.
    for (const label of ['Mijn signaleringsplan voor mijn leidinggevende', 'Verloop van mijn check-ins (gemiddeld per week) voor mijn leidinggevende']) {
      await employee.getByLabel(label).click();
      await page.waitForFunction((text) => {
        const input = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(text))?.control as HTMLInputElement | undefined;
        return input?.checked === true && !input.disabled;
      }, label);
    }
  });

  it('the manager then sees the plan and the trend, as a chart and as a table', async () => {
    await logInWithDevelopmentToken(page, organization.manager.email);
    const manager = page.locator('[data-remote="manager"]');
    await openTab(manager, 'Verloop en signaleringsplan');
    await manager.getByLabel('Medewerker').selectOption({ label: organization.employee.name });
    await manager.getByTestId('manager-relapse-plan').getByText(SLEEP_ASK).waitFor();
    await manager.getByRole('button', { name: 'Toon als tabel' }).click();
    await manager.getByRole('table').first().waitFor();
    expect(await manager.getByText(NEED).count()).toBe(0);
    await checkedAtBothSizes('manager-shared-wellbeing');
  });
});
