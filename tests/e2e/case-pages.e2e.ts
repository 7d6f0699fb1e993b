import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, shellUrl, withDutchPage } from '../support/browser';
import { eventually } from '../support/case-events';
import { isoDaysFromToday, mondayOfWeeksFromNow } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';

jest.setTimeout(180_000);

let page: Page;
withDutchPage((opened) => (page = opened));

const SAVE = 'mutation ($input: SaveActionPlanInput!) { saveActionPlan(input: $input) { version } }';
const SIGN = 'mutation ($input: SignActionPlanInput!) { signActionPlan(input: $input) { version } }';
const PLAN = `query ($id: ID!) { case(id: $id) { actionPlan { version latest { number status hourAgreements { weekStart tasksTooMuch therapeutic } } } } }`;
const BUILD_UP = `query ($id: ID!) { case(id: $id) { buildUp { weeks { weekStart actual } } } }`;

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

// One case of the test's own organization: Lotte Smit, her manager, the case manager, the doctor and the coach.
let organization: OwnOrganization;
let lotteCase: string;
const EMPLOYEE = 'Lotte Smit';

const path = () => new URL(page.url()).pathname;
const openAt = async (address: string) => {
  await page.goto(`${shellUrl()}${address}`);
  await page.getByTestId('viewer-name').waitFor();
};
const expectNoSidewaysScroll = async () =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));

async function planOf() {
  const { data, errors } = await graphqlAs(organization.caseManager.email, PLAN, { id: lotteCase });
  expect(errors).toBeUndefined();
  return data.case.actionPlan;
}

beforeAll(async () => {
  organization = await createOwnOrganization('Dossierpagina');
  lotteCase = await openOwnSchedulingCase(organization, isoDaysFromToday(-50));
  const saved = await graphqlAs(organization.manager.email, SAVE, {
    input: {
      caseId: lotteCase,
      expectedVersion: 0,
      goals: [{ description: 'Weer drie ochtenden per week op kantoor', deadline: mondayOfWeeksFromNow(8) }],
      activities: [{ description: 'Elke week een kort gesprek', deadline: mondayOfWeeksFromNow(2) }],
      contactPerson: 'Mark de Wit',
      evaluationEveryWeeks: 4,
      hourAgreements: [
        {
          weekStart: mondayOfWeeksFromNow(-2),
          hoursPerWeek: 8,
          homeHours: 4,
          locationHours: 4,
          tasksToStartWith: ['Post verwerken'],
          tasksTooMuch: ['Klantgesprekken'],
          therapeutic: true,
        },
        {
          weekStart: mondayOfWeeksFromNow(1),
          hoursPerWeek: 12,
          homeHours: 4,
          locationHours: 8,
          tasksToStartWith: ['Overleg'],
          tasksTooMuch: [],
          therapeutic: false,
        },
      ],
      contactAgreement: { frequency: 'WEEKLY', weekday: 2, time: '10:00', mode: 'PHONE', purpose: 'THINK_ALONG', meetingPlace: null },
    },
  });
  expect(saved.errors).toBeUndefined();
});

describe('a page per case, with an address of its own', () => {
  it('leads the manager from the to-do to the plan of the case, where the plan waits for a signature', async () => {
    await logInWithDevelopmentToken(page, organization.manager.email);
    expect(path()).toBe('/manager');
    const todo = page
      .getByTestId('manager-todos')
      .getByRole('link', { name: new RegExp(`${EMPLOYEE}: versie 1 van het plan van aanpak wacht op je handtekening`) });
    await todo.click();
    await page.getByRole('heading', { name: `Dossier van ${EMPLOYEE}` }).waitFor();
    expect(path()).toBe(`/manager/cases/${lotteCase}/plan`);
    const plan = page.getByTestId('case-page');
    expect(await plan.getByRole('tab', { name: 'Plan en termijnen' }).getAttribute('aria-selected')).toBe('true');
    // The case page is this case: no choosing an employee.
    expect(await plan.getByLabel('Medewerker', { exact: true }).count()).toBe(0);
    await plan.getByTestId('action-plan').getByRole('button', { name: 'Versie 1 ondertekenen' }).click();
    await plan.getByText('Je hebt het plan ondertekend.').waitFor();

    // Back returns to the list, forward to the case again.
    await page.goBack();
    await page.getByTestId('manager-todos').waitFor();
    expect(path()).toBe('/manager');
    await page.goForward();
    await page.getByRole('heading', { name: `Dossier van ${EMPLOYEE}` }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it.each(SIZES)('opens the case manager a case from the list and each of its sections by address ($name)', async ({ name, viewport }) => {
    await page.setViewportSize(viewport);
    await logInWithDevelopmentToken(page, organization.caseManager.email);
    await page.locator('[data-remote="manager"]').getByRole('link', { name: EMPLOYEE, exact: true }).click();
    await page.getByRole('heading', { name: `Dossier van ${EMPLOYEE}` }).waitFor();
    expect(path()).toBe(`/case-manager/cases/${lotteCase}`);
    const casePage = page.getByTestId('case-page');
    await casePage.getByText('Eerste ziektedag').waitFor();
    for (const [tab, section] of [
      ['Opbouw', 'build-up'],
      ['Gesprekken', 'talks'],
      ['Documenten', 'documents'],
      ['Plan en termijnen', 'plan'],
    ]) {
      await casePage.getByRole('tab', { name: tab }).click();
      expect(path()).toBe(`/case-manager/cases/${lotteCase}/${section}`);
    }
    await casePage.getByTestId('action-plan').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (name === 'phone') await expectNoSidewaysScroll();
    await screenshot(page, `case-page-case-manager-plan-${name}`);

    // A bookmarked section opens as it is, also after a reload.
    await openAt(`/case-manager/cases/${lotteCase}/build-up`);
    expect(await casePage.getByRole('tab', { name: 'Opbouw' }).getAttribute('aria-selected')).toBe('true');
  });

  it('tells a case that is not the viewer’s, a section and a page that do not exist, without breaking', async () => {
    await page.setViewportSize(SIZES[0].viewport);
    await logInWithDevelopmentToken(page, organization.otherManager.email);
    await openAt(`/manager/cases/${lotteCase}/plan`);
    await page.getByTestId('case-not-found').getByText('Dossier niet gevonden').waitFor();
    await openAt(`/manager/cases/${randomUUID()}`);
    await page.getByTestId('case-not-found').waitFor();
    await openAt('/manager/cases/geen-dossier/plan');
    await page.getByTestId('case-not-found').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'case-page-not-found');

    await logInWithDevelopmentToken(page, organization.manager.email);
    await openAt(`/manager/cases/${lotteCase}/medisch`);
    await page.getByText('Dit onderdeel bestaat niet').waitFor();
    await openAt('/company-doctor');
    await page.getByText('Deze pagina bestaat niet of is niet voor jou').waitFor();
    await page.getByRole('link', { name: 'Naar je startpagina' }).click();
    await page.getByTestId('manager-todos').waitFor();
    expect(path()).toBe('/manager');
  });

  it('lets the case manager edit the tasks still too much and therapeutic work where the rest of the plan is edited', async () => {
    await logInWithDevelopmentToken(page, organization.caseManager.email);
    await openAt(`/case-manager/cases/${lotteCase}/plan`);
    const casePage = page.getByTestId('case-page');
    await casePage.getByRole('button', { name: 'Plan bewerken' }).click();
    const phase = casePage.getByTestId('plan-editor').getByRole('group', { name: 'Fase 2' });
    await phase.getByRole('textbox', { name: /^Taken die nog te veel zijn/ }).fill('Klantgesprekken\nAvonddiensten');
    await phase.getByRole('checkbox', { name: /^Op arbeidstherapeutische basis/ }).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await casePage.getByTestId('plan-editor').getByRole('button', { name: 'Plan opslaan' }).click();
    await casePage.getByText('Versie 2 is opgeslagen.').waitFor();
    expect((await planOf()).latest.hourAgreements[1]).toEqual({
      weekStart: mondayOfWeeksFromNow(1),
      tasksTooMuch: ['Klantgesprekken', 'Avonddiensten'],
      therapeutic: true,
    });
  });

  it('leads the company doctor from the caseload to the case, and not into a case of someone else', async () => {
    await logInWithDevelopmentToken(page, organization.doctor.email);
    await page.locator('#doctor-caseload').getByRole('rowheader', { name: EMPLOYEE }).getByRole('link').click();
    await page.getByRole('heading', { name: `Dossier van ${EMPLOYEE}` }).waitFor();
    expect(path()).toBe(`/company-doctor/cases/${lotteCase}/analysis`);
    await page.getByRole('tab', { name: 'Tijdlijn van adviezen' }).click();
    expect(path()).toBe(`/company-doctor/cases/${lotteCase}/history`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'case-page-company-doctor');

    await logInWithDevelopmentToken(page, organization.otherDoctor.email);
    await openAt(`/company-doctor/cases/${lotteCase}/analysis`);
    await page.getByTestId('case-not-found').waitFor();
  });

  it('leads the coach from the caseload to the programme of the case', async () => {
    await logInWithDevelopmentToken(page, organization.coach.email);
    await page.locator('#coach-caseload').getByRole('rowheader', { name: EMPLOYEE }).getByRole('link').click();
    await page.getByRole('heading', { name: `Dossier van ${EMPLOYEE}` }).waitFor();
    expect(path()).toBe(`/coach/cases/${lotteCase}/programme`);
    await page.getByRole('tab', { name: 'Gespreksverslagen' }).click();
    expect(path()).toBe(`/coach/cases/${lotteCase}/reports`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'case-page-coach');
    await page.goBack();
    expect(path()).toBe(`/coach/cases/${lotteCase}/programme`);
  });
});

describe('the employee', () => {
  it.each(SIZES)('reads the whole plan before signing and signs after a confirmation ($name)', async ({ name, viewport }) => {
    await page.setViewportSize(viewport);
    await logInWithDevelopmentToken(page, organization.employee.email);
    await page.getByRole('tab', { name: 'Mijn plannen' }).click();
    expect(path()).toBe('/employee/plans');
    const plan = page.getByTestId('my-action-plan');
    await plan.getByRole('heading', { name: /versie 2/i }).waitFor();
    for (const text of [
      'Klantgesprekken, Avonddiensten',
      'Post verwerken',
      'Contactpersoon: Mark de Wit.',
      'Evaluatie elke 4 weken.',
      'Er is nog geen evaluatie gehouden.',
    ]) {
      await plan.getByText(text, { exact: false }).first().waitFor();
    }
    await plan.getByTestId('contact-agreement').getByText('Elke week · dinsdag · 10:00 · Telefoon · Meedenken').waitFor();
    expect(await plan.getByRole('columnheader', { name: 'Arbeidstherapeutisch' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    if (name === 'phone') await expectNoSidewaysScroll();
    await screenshot(page, `employee-whole-plan-${name}`);
    if (name === 'phone') return;

    await plan.getByRole('button', { name: 'Versie 2 ondertekenen' }).click();
    await plan.getByTestId('sign-confirmation').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'employee-sign-confirmation');
    await plan.getByRole('button', { name: 'Ja, ik onderteken versie 2' }).click();
    await plan.getByText('Je hebt het plan ondertekend.').waitFor();
    await eventually(async () => expect((await planOf()).latest.status).toBe('PARTLY_SIGNED'));
  });

  it('gets a dated notification of the signed plan that leads to it', async () => {
    const manager = await graphqlAs(organization.manager.email, SIGN, {
      input: { caseId: lotteCase, versionNumber: 2, expectedVersion: (await planOf()).version },
    });
    expect(manager.errors).toBeUndefined();
    await eventually(async () => {
      const { data } = await graphqlAs(organization.employee.email, '{ notifications(first: 20) { edges { node { reason } } } }');
      expect(data.notifications.edges.map((e: { node: { reason: string } }) => e.node.reason)).toContain('ACTION_PLAN_SIGNED');
    }, 60_000);
    await page.setViewportSize(SIZES[0].viewport);
    await logInWithDevelopmentToken(page, organization.employee.email);
    await page.getByTestId('notifications-bell').click();
    const dialog = page.getByRole('dialog', { name: 'Meldingen' });
    const signed = dialog.getByRole('listitem').filter({ hasText: 'Plan van aanpak versie 2 is ondertekend' });
    expect(await signed.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-dated-and-linked');
    await signed.getByRole('link', { name: /Openen/ }).click();
    expect(path()).toBe('/employee/plans');
    await page.getByTestId('my-action-plan').waitFor();
  });

  it('enters hours in the current week, and sees and corrects what an earlier week holds', async () => {
    await eventually(async () => {
      const { data } = await graphqlAs(organization.employee.email, BUILD_UP, { id: lotteCase });
      expect(data.case.buildUp?.weeks.map((w: { weekStart: string }) => w.weekStart)).toContain(mondayOfWeeksFromNow(0));
    }, 60_000);
    const recorded = await graphqlAs(
      organization.employee.email,
      'mutation ($input: RecordActualHoursInput!) { recordActualHours(input: $input) { version } }',
      { input: { caseId: lotteCase, weekStart: mondayOfWeeksFromNow(-1), hours: 6 } },
    );
    expect(recorded.errors).toBeUndefined();

    await logInWithDevelopmentToken(page, organization.employee.email);
    await openAt('/employee/hours');
    const form = page.locator('#employee-hours');
    const week = form.getByLabel('Week', { exact: true });
    expect(await week.inputValue()).toBe(mondayOfWeeksFromNow(0));
    await form.getByText('Voor deze week heb je nog niets ingevuld.').waitFor();

    await week.selectOption(mondayOfWeeksFromNow(-1));
    await form.getByText('Al ingevuld voor deze week: 6 uur.', { exact: false }).waitFor();
    const hours = form.getByRole('spinbutton', { name: /^Gewerkte uren/ });
    expect(await hours.inputValue()).toBe('6');
    await hours.fill('7.5');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Al ingevuld voor deze week: 7,5 uur.', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'employee-hours-current-week');
  });
});
