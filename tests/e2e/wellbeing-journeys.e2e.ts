import type { Locator, Page } from 'playwright-core';
import { logInAs, logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true });

async function openTab(area: Locator, name: string) {
  await area.getByRole('tab', { name }).click();
}

// Check-ins and session reports are written on a case of the test's own (Lotte Smit's, with her manager
// and coach), whose relapse-prevention plan she agreed to; the demo personas are only read.
let organization: OwnOrganization;
const SLEEP = {
  description: 'Ik slaap slechter en word vroeg wakker',
  actions: ['Lotte meldt het bij het wekelijkse contact', 'Een dag minder werken die week'],
};

beforeAll(async () => {
  organization = await createOwnOrganization('Welzijnsreis');
  const caseId = await openOwnCase(organization, isoDaysFromToday(-60));
  const saved = await graphqlAs(
    organization.coach.email,
    'mutation ($input: SaveRelapsePlanInput!) { saveRelapsePreventionPlan(input: $input) { revision } }',
    {
      input: { caseId, expectedRevision: 0, signals: [SLEEP], normalisationStatement: 'Een terugval hoort bij herstel.' },
    },
  );
  expect(saved.errors).toBeUndefined();
  const agreed = await graphqlAs(
    organization.employee.email,
    'mutation ($input: AgreeRelapsePlanInput!) { agreeRelapsePreventionPlan(input: $input) { revision } }',
    { input: { caseId, expectedRevision: saved.data.saveRelapsePreventionPlan.revision } },
  );
  expect(agreed.errors).toBeUndefined();
});

describe('the employee', () => {
  it('checks in within a minute and sees a dip explained, with the actions from their own plan', async () => {
    await logInWithDevelopmentToken(page, organization.employee.email);
    const area = page.locator('[data-remote="employee"]');
    await openTab(area, 'Check-in');
    await area.getByRole('heading', { name: 'Hoe gaat het?' }).waitFor();
    const scores = { energy: 3, mood: 4, sleep: 3, demands: 9, autonomy: 4, recognition: 4, socialSupport: 5 };
    for (const [name, value] of Object.entries(scores)) await area.locator(`input[name="${name}"][value="${value}"]`).check();
    await area.getByLabel('Ik slaap slechter en word vroeg wakker').check();
    await area.getByRole('textbox', { name: /^Notitie voor jezelf/ }).fill('Zware week met veel overdrachten.');
    await area.getByRole('button', { name: 'Check-in opslaan' }).click();
    const dip = area.getByTestId('dip-notice');
    await dip.waitFor();
    expect(await dip.textContent()).toContain('Lotte meldt het bij het wekelijkse contact');
    expect(await dip.textContent()).toContain('Wat je werk van je vraagt (9)');
    // Saved: the form is empty again, so nothing invites sending the same check-in twice.
    expect(await area.locator('input[name="energy"]:checked').count()).toBe(0);
    expect(await area.getByRole('textbox', { name: /^Notitie voor jezelf/ }).inputValue()).toBe('');
    // Mood and sleep are asked in words that fit them, and charted beside energy.
    expect(await area.getByRole('group', { name: /^Hoe is je stemming/ }).textContent()).toContain('Heel somber');
    await area.getByRole('img', { name: 'Stemming en slaap per week' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'employee-check-in-dip');
  });

  it('reads the plan of action with its signatures beside the relapse-prevention plan with its signals', async () => {
    await logInAs(page, 'werknemer@demo.test');
    const area = page.locator('[data-remote="employee"]');
    await openTab(area, 'Mijn plannen');
    const plan = area.getByTestId('my-action-plan');
    await plan.getByRole('heading', { name: /^Plan van aanpak, versie 2/ }).waitFor();
    await plan.getByRole('textbox', { name: /^Mijn visie op het plan/ }).waitFor();
    const relapse = area.getByTestId('my-relapse-plan');
    await relapse.getByText('Ik meld het bij het wekelijkse contact', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'employee-plans');
  });
});

describe('a session report', () => {
  it('is written by the coach, approved by every participant, released by the employee, and only then read by the manager', async () => {
    const summary = `Lotte plant voortaan zelf haar werkdagen in overleg met Ruben (${Date.now()}).`;

    await logInWithDevelopmentToken(page, organization.coach.email);
    const coach = page.locator('[data-remote="coach"]');
    await openTab(coach, 'Gespreksverslagen');
    await coach.getByLabel('Traject', { exact: true }).selectOption({ label: 'Lotte Smit' });
    await coach.getByLabel('Driegesprek', { exact: true }).check();
    await coach.getByRole('textbox', { name: /^Functionele samenvatting/ }).fill(summary);
    await coach.getByRole('textbox', { name: /^Mijn eigen notities/ }).fill('Alleen voor mij.');
    await coach.getByRole('button', { name: 'Opslaan als concept' }).click();
    const card = coach.locator('.tk-card', { hasText: summary });
    await card.getByRole('button', { name: 'Ter goedkeuring versturen' }).click();
    await card.getByText('Wacht op goedkeuring').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'coach-session-reports');

    // Her overview says a summary waits for her and takes her, by keyboard too, to where it is done.
    await logInWithDevelopmentToken(page, organization.employee.email);
    const employee = page.locator('[data-remote="employee"]');
    const todos = employee.getByTestId('employee-todos');
    const toApprove = todos.getByRole('listitem').filter({ hasText: /Samenvattingen van gesprekken om na te lezen en goed te keuren: [1-9]/ });
    await toApprove.getByRole('button', { name: 'Naar gesprekken' }).focus();
    await page.keyboard.press('Enter');
    const sessionsTab = employee.getByRole('tab', { name: 'Gesprekken' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'tab' && document.activeElement.textContent === 'Gesprekken');
    expect(await sessionsTab.getAttribute('aria-selected')).toBe('true');
    const own = employee.locator('.tk-card', { hasText: summary });
    await own.getByRole('button', { name: 'Klopt, goedkeuren' }).click();
    await own.getByText('Lotte Smit (goedgekeurd)').waitFor();

    // Ruben took part in the three-way talk: he approves it in his own list, and cannot read it yet.
    await logInWithDevelopmentToken(page, organization.manager.email);
    const before = page.locator('[data-remote="manager"]');
    await openTab(before, 'Gesprekken');
    const toValidate = before.locator('#manager-reports-to-validate .tk-card', { hasText: summary });
    await toValidate.getByRole('button', { name: 'Klopt, goedkeuren' }).click();
    await toValidate.waitFor({ state: 'detached' });
    await before.getByRole('heading', { name: 'Vrijgegeven gespreksverslagen' }).waitFor();
    expect(await before.locator('#manager-released-summaries').getByText(summary).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await logInWithDevelopmentToken(page, organization.employee.email);
    await openTab(employee, 'Gesprekken');
    await employee.locator('.tk-card', { hasText: summary }).getByRole('button', { name: 'Vrijgeven aan mijn leidinggevende' }).click();
    await employee.locator('.tk-card', { hasText: summary }).getByText('Vrijgegeven aan leidinggevende').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'employee-session-summaries');

    await logInWithDevelopmentToken(page, organization.manager.email);
    const manager = page.locator('[data-remote="manager"]');
    await openTab(manager, 'Gesprekken');
    await manager.locator('#manager-released-summaries').getByText(summary).waitFor();
    expect(await manager.getByText('Alleen voor mij.').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'manager-released-summaries');
  });
});
