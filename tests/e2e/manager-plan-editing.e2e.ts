import type { Page } from 'playwright-core';
import { logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { mondayInWeeks } from '../support/dossier-fixtures';
import { addIsoDays, isoDaysFromToday, isoToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

let page: Page;
withDutchPage((opened) => (page = opened));

const PLAN = `query ($id: ID!) { case(id: $id) { actionPlan { version latest { number status goals { description deadline } activities { description }
  hourAgreements { weekStart hoursPerWeek homeHours locationHours tasksToStartWith } contactAgreement { frequency weekday time mode purpose meetingPlace }
  signatures { role } } evaluations { number heldOn outcome } } } }`;
const SAVE = 'mutation ($input: SaveActionPlanInput!) { saveActionPlan(input: $input) { version latest { number } } }';

const SIGN = 'mutation ($input: SignActionPlanInput!) { signActionPlan(input: $input) { version latest { status } } }';

// The plans are written on a case of the test's own: its employee Lotte Smit, her manager and the case manager.
let organization: OwnOrganization;
let lotteCase: string;
const EMPLOYEE = 'Lotte Smit';

async function planOf(caseId: string) {
  const { data, errors } = await graphqlAs(organization.caseManager.email, PLAN, { id: caseId });
  expect(errors).toBeUndefined();
  return data.case.actionPlan;
}

async function openPlanTab(email: string, employee: string) {
  await logInWithDevelopmentToken(page, email);
  await page.locator('[data-remote="manager"]').getByRole('tab', { name: 'Plan en termijnen' }).click();
  const plan = page.locator('#manager-case-plan');
  await plan.getByLabel('Medewerker', { exact: true }).selectOption({ label: employee });
  return plan;
}

describe('the manager writes the plan of action', () => {
  // The case starts without a plan, past the legal date for one.
  beforeAll(async () => {
    organization = await createOwnOrganization('Planbewerking');
    lotteCase = await openOwnCase(organization, isoDaysFromToday(-70));
  });

  it('draws up a plan with goals, build-up and contact agreements, corrected field by field before anything is sent', async () => {
    const plan = await openPlanTab(organization.manager.email, EMPLOYEE);
    await plan.getByRole('button', { name: 'Plan opstellen' }).click();
    const editor = plan.getByTestId('plan-editor');
    await editor.getByRole('textbox', { name: 'Doel 1', exact: true }).fill('Weer drie ochtenden per week op kantoor');
    await editor.getByLabel('Uiterlijk (doel 1)').fill(mondayInWeeks(8));
    await editor.getByRole('textbox', { name: 'Activiteit 1', exact: true }).fill('Elke week een kort gesprek over hoe het gaat');
    await editor.getByLabel('Uiterlijk (activiteit 1)').fill(mondayInWeeks(2));
    await editor.getByRole('button', { name: 'Fase toevoegen' }).click();
    const phase = editor.getByRole('group', { name: 'Fase 1' });
    await phase.getByLabel('Vanaf maandag').fill(addIsoDays(mondayInWeeks(1), 1));
    await phase.getByRole('spinbutton', { name: /^Uur per week/ }).fill('8');
    await phase.getByRole('spinbutton', { name: /^Waarvan thuis/ }).fill('4');
    await phase.getByRole('spinbutton', { name: /^Waarvan op locatie/ }).fill('2');
    await phase.getByRole('textbox', { name: /^Taken om mee te beginnen/ }).fill('Post verwerken\nAgenda bijhouden');

    await editor.getByRole('button', { name: 'Plan opslaan' }).click();
    await editor.getByText('Kies een maandag.').waitFor();
    await editor.getByText('Het plan is nog niet opgeslagen: 1 veld(en) vragen aandacht.').waitFor();
    // The focused field shows the date as typed in the Netherlands: day-month-year.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(addIsoDays(mondayInWeeks(1), 1).split('-').reverse().join('-'));
    expect(await planOf(lotteCase)).toBeNull();

    await phase.getByLabel('Vanaf maandag').fill(mondayInWeeks(1));
    await editor.getByText('Thuis en op locatie samen moeten gelijk zijn aan de uren per week.').waitFor();
    await phase.getByRole('spinbutton', { name: /^Waarvan op locatie/ }).fill('4');

    const contact = editor.getByRole('group', { name: 'Contactafspraken' });
    await contact.getByLabel('Hoe vaak').selectOption({ label: 'Elke week' });
    await contact.getByLabel('Dag', { exact: true }).selectOption({ label: 'dinsdag' });
    await contact.getByRole('textbox', { name: /^Tijd/ }).fill('10:00');
    await contact.getByLabel('Hoe', { exact: true }).selectOption({ label: 'Telefoon' });
    await contact.getByLabel('Waarvoor').selectOption({ label: 'Meedenken' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'manager-plan-editor');

    await editor.getByRole('button', { name: 'Plan opslaan' }).click();
    await plan.getByText('Versie 1 is opgeslagen.').waitFor();
    const card = plan.getByTestId('action-plan');
    await card.getByRole('heading', { name: 'Versie 1' }).waitFor();
    await card.getByTestId('contact-agreement').getByText('Elke week · dinsdag · 10:00 · Telefoon · Meedenken').waitFor();

    const saved = await planOf(lotteCase);
    expect(saved.latest).toMatchObject({
      number: 1,
      status: 'DRAFT',
      goals: [{ description: 'Weer drie ochtenden per week op kantoor', deadline: mondayInWeeks(8) }],
      hourAgreements: [
        { weekStart: mondayInWeeks(1), hoursPerWeek: 8, homeHours: 4, locationHours: 4, tasksToStartWith: ['Post verwerken', 'Agenda bijhouden'] },
      ],
      contactAgreement: { frequency: 'WEEKLY', weekday: 2, time: '10:00', mode: 'PHONE', purpose: 'THINK_ALONG', meetingPlace: null },
    });

    // The team overview puts the signature on the manager's to-do list, beside the overdue legal step.
    const area = page.locator('[data-remote="manager"]');
    await area.getByRole('tab', { name: 'Dossiers' }).click();
    const todos = area.getByTestId('manager-todos');
    await todos.getByRole('listitem').filter({ hasText: EMPLOYEE }).filter({ hasText: 'versie 1 van het plan van aanpak wacht op je handtekening' }).waitFor();
    await todos.getByRole('listitem').filter({ hasText: EMPLOYEE }).filter({ hasText: ': Plan van aanpak had uiterlijk' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await area.getByRole('tab', { name: 'Plan en termijnen' }).click();
    await card.getByRole('button', { name: 'Versie 1 ondertekenen' }).click();
    await card.getByText('Je hebt het plan ondertekend.').waitFor();
    await area.getByRole('tab', { name: 'Dossiers' }).click();
    await todos.getByRole('listitem').filter({ hasText: EMPLOYEE }).first().waitFor();
    // The list is refreshed after the signature: the to-do goes once the answer is in, not at the click.
    await todos.getByText('versie 1 van het plan van aanpak wacht op je handtekening').waitFor({ state: 'detached' });
    expect(await todos.getByText('versie 1 van het plan van aanpak wacht op je handtekening').count()).toBe(0);
  });

  it('edits a signed plan into a new version, and is told when someone else saved first instead of overwriting it', async () => {
    const plan = await openPlanTab(organization.manager.email, EMPLOYEE);
    await plan.getByTestId('action-plan').getByRole('button', { name: 'Plan bewerken' }).click();
    const editor = plan.getByTestId('plan-editor');
    await editor.getByText('Versie 1 is al (deels) ondertekend. Opslaan maakt versie 2; die tekenen jullie allebei opnieuw.').waitFor();
    await editor.getByRole('textbox', { name: 'Doel 1', exact: true }).fill('Weer vier ochtenden per week op kantoor');

    // Meanwhile the case manager saves a new version from her own screen.
    const before = await planOf(lotteCase);
    const byCaseManager = await graphqlAs(organization.caseManager.email, SAVE, {
      input: {
        caseId: lotteCase,
        expectedVersion: before.version,
        goals: [{ description: 'Door de casemanager aangepast', deadline: mondayInWeeks(9) }],
        activities: [],
        hourAgreements: [],
      },
    });
    expect(byCaseManager.errors).toBeUndefined();

    await editor.getByRole('button', { name: 'Plan opslaan' }).click();
    await editor.getByText(/Iemand anders heeft het plan intussen gewijzigd/).waitFor();
    expect(await editor.getByRole('textbox', { name: 'Doel 1', exact: true }).inputValue()).toBe('Weer vier ochtenden per week op kantoor');
    expect((await planOf(lotteCase)).latest.goals).toEqual([{ description: 'Door de casemanager aangepast', deadline: mondayInWeeks(9) }]);

    await editor.getByRole('button', { name: 'Plan opslaan' }).click();
    await plan.getByText('Versie 2 is opgeslagen.').waitFor();
    const latest = (await planOf(lotteCase)).latest;
    expect(latest).toMatchObject({ number: 2, status: 'DRAFT', goals: [{ description: 'Weer vier ochtenden per week op kantoor' }] });
  });

  it('lets the case manager edit but not sign, and records an evaluation of a signed plan', async () => {
    // Lotte and her manager sign the latest version, so that it can be evaluated.
    let { version, latest } = await planOf(lotteCase);
    for (const email of [organization.employee.email, organization.manager.email]) {
      const signed = await graphqlAs(email, SIGN, { input: { caseId: lotteCase, versionNumber: latest.number, expectedVersion: version } });
      expect(signed.errors).toBeUndefined();
      version = signed.data.signActionPlan.version;
    }
    latest = (await planOf(lotteCase)).latest;
    expect(latest.status).toBe('SIGNED');

    const plan = await openPlanTab(organization.caseManager.email, EMPLOYEE);
    const card = plan.getByTestId('action-plan');
    await card.getByRole('button', { name: 'Plan bewerken' }).waitFor();
    expect(await card.getByRole('button', { name: /ondertekenen/ }).count()).toBe(0);

    // Recording an evaluation of the signed plan leaves its versions alone.
    const evaluations = plan.getByTestId('plan-evaluations');
    await evaluations.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await evaluations.getByText('Schrijf de uitkomst op.').waitFor();
    await evaluations.getByRole('textbox', { name: /^Uitkomst/ }).fill('De opbouw loopt volgens plan; de uren blijven de komende weken gelijk.');

    // The field itself refuses a day after today, in Dutch and day-month-year (the server refuses it too).
    const today = isoToday();
    const heldOn = evaluations.getByLabel(/^Gehouden op/);
    await heldOn.fill(addIsoDays(today, 7));
    await evaluations.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await evaluations.getByText(`Kies ${today.split('-').reverse().join('-')} of eerder.`).waitFor();
    await heldOn.fill(today);
    await evaluations.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await evaluations
      .getByRole('table', { name: 'Gehouden evaluaties' })
      .getByText('De opbouw loopt volgens plan; de uren blijven de komende weken gelijk.')
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const evaluated = await planOf(lotteCase);
    expect(evaluated.latest).toMatchObject({ number: latest.number, status: 'SIGNED' });
    expect(evaluated.evaluations).toEqual(
      expect.arrayContaining([expect.objectContaining({ outcome: 'De opbouw loopt volgens plan; de uren blijven de komende weken gelijk.', heldOn: today })]),
    );
  });
});
