import type { Page } from 'playwright-core';
import { graphqlAs } from '../support/gateway-client';
import { logInAs, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';

jest.setTimeout(90_000);

let page: Page;
withDutchPage((opened) => (page = opened));

describe('the company doctor', () => {
  it('completes a problem analysis, is warned off medical wording, and the manager reads only the capabilities', async () => {
    await logInAs(page, 'bedrijfsarts@arbo.test');
    const area = page.locator('[data-remote="companyDoctor"]');
    await area.getByRole('tab', { name: 'Probleemanalyse' }).click();
    await area.getByLabel('Werknemer', { exact: true }).selectOption({ label: 'Noor Willems' });
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
      'leidinggevende@demo.test',
      '{ viewer { cases(first: 50) { edges { node { employee { name } capabilityProfile { advice } } } } } }',
    );
    const noor = data.viewer.cases.edges.map((e: any) => e.node).find((c: any) => c.employee.name === 'Noor Willems');
    expect(noor.capabilityProfile.advice).toBe('Start met halve dagen en bouw elke twee weken een dagdeel op.');
  });
});
