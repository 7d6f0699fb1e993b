import type { Page } from 'playwright-core';
import { logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { eventually } from '../support/case-events';
import { mondayOfWeeksFromNow } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';

jest.setTimeout(180_000);

let page: Page;
withDutchPage((opened) => (page = opened), { context: { viewport: { width: 1280, height: 800 } } });

const EMPLOYEE = 'Lotte Smit';
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { reason caseId title } } } }`;

/** The page as it is, at desktop and at phone size. */
async function screenshots(name: string) {
  await screenshot(page, `${name}-1280x800`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, `${name}-390x844`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe("the build-up guard: the doctor's advised ceiling stops a too-fast plan", () => {
  let organization: OwnOrganization;
  let caseId: string;

  beforeAll(async () => {
    organization = await createOwnOrganization('Opbouwbewaking');
    caseId = await openOwnSchedulingCase(organization);
  });

  it('the doctor records an advised ceiling and step in the problem analysis', async () => {
    await logInWithDevelopmentToken(page, organization.doctor.email);
    const area = page.locator('[data-remote="companyDoctor"]');
    await area.getByRole('tab', { name: 'Probleemanalyse' }).click();
    await area.getByLabel('Werknemer', { exact: true }).selectOption({ label: EMPLOYEE });
    await area.getByRole('textbox', { name: /^Mogelijkheden/ }).fill('Kan licht administratief werk doen');
    await area.getByRole('textbox', { name: /^Beperkingen/ }).fill('Geen tijdsdruk');
    await area.getByRole('textbox', { name: /^Advies/ }).fill('Bouw rustig op en evalueer elke vier weken.');
    const advised = area.getByRole('group', { name: 'Geadviseerde opbouw van uren' });
    await advised.getByRole('spinbutton', { name: /^Hoogstens uren per week/ }).fill('20');
    await advised.getByRole('spinbutton', { name: /^Hoogstens uren erbij per week/ }).fill('4');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await area.getByRole('button', { name: 'Probleemanalyse vastleggen' }).click();
    await area.getByTestId('capability-profile').getByText('Geen tijdsdruk').waitFor();
  });

  it('the manager reads the advice, is warned beside the hours of a faster plan, saves anyway, and doctor and coach are told', async () => {
    await logInWithDevelopmentToken(page, organization.manager.email);
    const area = page.locator('[data-remote="manager"]');
    await area.getByRole('tab', { name: 'Plan en termijnen' }).click();
    const plan = page.locator('#manager-case-plan');
    await plan.getByLabel('Medewerker', { exact: true }).selectOption({ label: EMPLOYEE });
    const advice = plan.getByTestId('functional-advice');
    await advice.getByText('Hoogstens 20 uur per week', { exact: true }).waitFor();
    await advice.getByText('Hoogstens 4 uur per week erbij', { exact: true }).waitFor();
    expect(await advice.getByText('Geen tijdsdruk').count()).toBe(1);

    await plan.getByRole('button', { name: 'Plan opstellen' }).click();
    const editor = plan.getByTestId('plan-editor');
    await editor.getByText('Advies van de bedrijfsarts voor de opbouw: hoogstens 20 uur per week; hoogstens 4 uur per week erbij.').waitFor();
    await editor.getByRole('textbox', { name: 'Doel 1', exact: true }).fill('Terug naar drie dagen per week');
    await editor.getByLabel('Uiterlijk (doel 1)').fill(mondayOfWeeksFromNow(10));
    for (const [number, week, hours] of [
      [1, 1, 8],
      [2, 3, 32],
    ] as const) {
      await editor.getByRole('button', { name: 'Fase toevoegen' }).click();
      const phase = editor.getByRole('group', { name: `Fase ${number}` });
      await phase.getByLabel('Vanaf maandag').fill(mondayOfWeeksFromNow(week));
      await phase.getByRole('spinbutton', { name: /^Uur per week/ }).fill(String(hours));
      await phase.getByRole('spinbutton', { name: /^Waarvan thuis/ }).fill(String(hours / 2));
      await phase.getByRole('spinbutton', { name: /^Waarvan op locatie/ }).fill(String(hours / 2));
    }
    // 8 → 32 in the week of phase 2: 24 more against a step of 4, and above the ceiling of 20; phase 1 is within the advice.
    const warnings = editor.getByRole('group', { name: 'Fase 2' }).getByTestId('phase-faster-than-advice');
    await warnings.filter({ hasText: '24 uur erbij, meer dan de 4 uur per week' }).waitFor();
    await warnings.filter({ hasText: '32 uur, boven het maximum van 20 uur' }).waitFor();
    expect(await editor.getByRole('group', { name: 'Fase 1' }).getByTestId('phase-faster-than-advice').count()).toBe(0);
    await editor.getByTestId('faster-than-advice').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await editor.getByRole('group', { name: 'Fase 2' }).scrollIntoViewIfNeeded();
    await screenshots('manager-plan-faster-than-advice');

    await editor.getByRole('button', { name: 'Toch opslaan' }).click();
    await plan.getByText('Versie 1 is opgeslagen.').waitFor();

    for (const person of [organization.doctor, organization.coach]) {
      await eventually(async () => {
        const { data } = await graphqlAs(person.email, NOTIFICATIONS);
        const notices = data.notifications.edges.map((e: { node: { reason: string; caseId: string } }) => e.node);
        expect(notices.filter((n: { reason: string; caseId: string }) => n.caseId === caseId && n.reason === 'BUILD_UP_FASTER_THAN_ADVICE')).toEqual([
          expect.objectContaining({ title: 'Plan van aanpak versie 1 bouwt sneller op dan het advies' }),
        ]);
      });
    }
  });

  it('the manager sees a lagging build-up as hours behind plan, never as all well', async () => {
    const setPlan = await graphqlAs(organization.caseManager.email, 'mutation ($input: SetBuildUpPlanInput!) { setBuildUpPlan(input: $input) { version } }', {
      input: {
        caseId,
        expectedVersion: 0,
        weeks: [
          { weekStart: mondayOfWeeksFromNow(-3), homeHours: 4, locationHours: 4 },
          { weekStart: mondayOfWeeksFromNow(-2), homeHours: 4, locationHours: 12 },
          { weekStart: mondayOfWeeksFromNow(0), homeHours: 4, locationHours: 16 },
        ],
      },
    });
    expect(setPlan.errors).toBeUndefined();
    // Planned 8, 16, 16; worked 8, 12 and 11.5: 4 + 4.5 = 8.5 hours behind over the last two weeks.
    for (const [week, hours] of [
      [-3, 8],
      [-2, 12],
      [-1, 11.5],
    ]) {
      const recorded = await graphqlAs(
        organization.employee.email,
        'mutation ($input: RecordActualHoursInput!) { recordActualHours(input: $input) { version } }',
        {
          input: { caseId, weekStart: mondayOfWeeksFromNow(week), hours },
        },
      );
      expect(recorded.errors).toBeUndefined();
    }

    await logInWithDevelopmentToken(page, organization.manager.email);
    const area = page.locator('[data-remote="manager"]');
    await area.getByRole('tab', { name: 'Opbouw' }).click();
    const buildUp = page.locator('#manager-build-up');
    await buildUp.getByLabel('Medewerker', { exact: true }).selectOption({ label: EMPLOYEE });
    await buildUp
      .getByTestId('hours-signal')
      .getByText(/^Achter op het plan: de laatste 2 ingevulde weken .* samen 8,5 uur minder dan gepland\.$/)
      .waitFor();
    expect(await buildUp.getByText(/volgt de planning|loopt volgens plan/).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshots('manager-build-up-behind-plan');
  });

  it('the employee reads the functional advice beside her hours', async () => {
    await logInWithDevelopmentToken(page, organization.employee.email);
    const area = page.locator('[data-remote="employee"]');
    await area.getByRole('tab', { name: 'Mijn uren' }).click();
    const advice = area.getByTestId('functional-advice');
    await advice.getByText('Hoogstens 20 uur per week', { exact: true }).waitFor();
    await advice.getByText('Bouw rustig op en evalueer elke vier weken.', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshots('employee-functional-advice');
  });
});
