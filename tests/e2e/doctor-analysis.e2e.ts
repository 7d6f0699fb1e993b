import type { Page } from 'playwright-core';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { logInWithDevelopmentToken, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(90_000);

let page: Page;
withDutchPage((opened) => (page = opened));

describe('the company doctor', () => {
  // The analysis is recorded on a case of the test's own: Lotte Smit's, with her organization's doctor and her manager.
  let organization: OwnOrganization;
  beforeAll(async () => {
    organization = await createOwnOrganization('Probleemanalyse');
    await openOwnCase(organization, isoDaysFromToday(-30));
  });

  it('completes a problem analysis, is warned off medical wording, and the manager reads only the capabilities', async () => {
    await logInWithDevelopmentToken(page, organization.doctor.email);
    const area = page.locator('[data-remote="companyDoctor"]');
    await area.getByRole('tab', { name: 'Probleemanalyse' }).click();
    await area.getByLabel('Werknemer', { exact: true }).selectOption({ label: 'Lotte Smit' });
    await area.getByRole('textbox', { name: /^Mogelijkheden/ }).fill('Kan vier uur per dag licht administratief werk doen\nKan overleggen in een klein team');
    await area.getByRole('textbox', { name: /^Beperkingen/ }).fill('Geen nachtdiensten\nGeen tilwerk boven 10 kilo');
    await area.getByRole('textbox', { name: /^Advies/ }).fill('Start met halve dagen; door zijn depressie eerst rustig aan.');
    await area.getByRole('button', { name: 'Probleemanalyse vastleggen' }).click();
    await area.getByTestId('wording-warning').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await area.getByRole('textbox', { name: /^Advies/ }).fill('Start met halve dagen en bouw elke twee weken een dagdeel op.');
    await area.getByRole('button', { name: 'Probleemanalyse vastleggen' }).click();
    await area.getByTestId('capability-profile').getByText('Geen nachtdiensten').waitFor();
    await screenshot(page, 'company-doctor-analysis');

    const { data } = await graphqlAs(
      organization.manager.email,
      '{ viewer { cases(first: 50) { edges { node { employee { name } capabilityProfile { advice } } } } } }',
    );
    const lotte = data.viewer.cases.edges.map((e: any) => e.node).find((c: any) => c.employee.name === 'Lotte Smit');
    expect(lotte.capabilityProfile.advice).toBe('Start met halve dagen en bouw elke twee weken een dagdeel op.');
  });
});
