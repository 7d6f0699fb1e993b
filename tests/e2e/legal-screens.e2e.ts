import type { Page } from 'playwright-core';
import { logInAs, seriousAccessibilityViolations, withDutchPage } from '../support/browser';

jest.setTimeout(90_000);

let page: Page;
withDutchPage((opened) => (page = opened));

describe("Andere BV's case manager on the plan page", () => {
  it('sees a Belgian case’s re-integratieplan and records an extension of wage payment on a Dutch case', async () => {
    await logInAs(page, 'hr@andere.test');
    await page.locator('[data-remote="manager"]').getByRole('tab', { name: 'Plan en termijnen' }).click();
    const plan = page.locator('#manager-case-plan');
    await plan.getByLabel('Medewerker', { exact: true }).selectOption({ label: 'Pieter Hendriks' });
    // Codex welzijn op het werk art. I.4-74: the Belgian plan is the re-integratieplan.
    await plan.getByRole('heading', { name: 'Re-integratieplan en termijnen' }).waitFor();
    expect(await plan.getByTestId('wage-payment-extension').count()).toBe(0);

    await plan.getByLabel('Medewerker', { exact: true }).selectOption({ label: 'Jan Koster' });
    await plan.getByRole('heading', { name: 'Plan van aanpak en termijnen' }).waitFor();
    const extension = plan.getByTestId('wage-payment-extension');
    await extension.getByLabel('Soort').selectOption({ label: 'Afgesproken verlenging (max. 52 weken)' });
    await extension.getByLabel('Dagen').fill('400');
    await extension.getByRole('button', { name: 'Opslaan' }).click();
    await extension.getByText('Geef een waarde van 0 tot en met 364.', { exact: false }).waitFor();
    // 0 removes an agreed extension: Jan's timeline keeps only UWV's wage sanction.
    await extension.getByLabel('Dagen').fill('0');
    await extension.getByRole('button', { name: 'Opslaan' }).click();
    await extension.getByText('Opgeslagen; de termijnen zijn bijgewerkt.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
