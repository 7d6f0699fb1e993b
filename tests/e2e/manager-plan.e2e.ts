import type { Page } from 'playwright-core';
import { logInAs, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';

jest.setTimeout(90_000);

let page: Page;
withDutchPage((opened) => (page = opened));

describe('the manager', () => {
  it('reads the new version of the plan of action with the deadlines beside it, and signs it', async () => {
    await logInAs(page, 'leidinggevende@demo.test');
    await page.locator('[data-remote="manager"]').getByRole('tab', { name: 'Plan en termijnen' }).click();
    const plan = page.locator('#manager-case-plan');
    await plan.getByLabel('Medewerker', { exact: true }).selectOption({ label: 'Sanne de Vries' });
    const card = plan.getByTestId('action-plan');
    await card.getByRole('heading', { name: 'Versie 2' }).waitFor();
    await plan.getByRole('table', { name: 'Wettelijke termijnen' }).getByText('Probleemanalyse').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'manager-main');

    await card.getByRole('button', { name: 'Versie 2 ondertekenen' }).click();
    await card.getByText('Je hebt het plan ondertekend.').waitFor();
    await card.getByText('Leidinggevende: Mark Jansen', { exact: false }).waitFor();
    expect(await card.getByRole('button', { name: 'Versie 2 ondertekenen' }).count()).toBe(0);
  });
});
