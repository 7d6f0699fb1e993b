import type { Page } from 'playwright-core';
import { screenshot, seriousAccessibilityViolations, shellUrl, withDutchPage } from '../support/browser';
import { eventually } from '../support/case-events';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(120_000);

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true });

const SERIES = `query ($from: Date!, $to: Date!) {
  analyticsSeries(from: $from, to: $to, granularity: MONTH, byDepartment: true, metrics: [ABSENCE_PERCENTAGE, NEW_REPORTS], first: 1000) {
    rows { period departmentId suppressed }
  }
}`;

/** The twelve whole months before this one, as the screen asks for them. */
function lastTwelveMonths(): { from: string; to: string } {
  const today = new Date();
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return {
    from: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 12, 1))),
    to: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0))),
  };
}

describe("the analyst's screen", () => {
  it('explains the access and shows the organization’s months through the gateway, hidden groups marked', async () => {
    const { data, errors } = await graphqlAs('analist@demo.test', SERIES, lastTwelveMonths());
    expect(errors).toBeUndefined();
    const groups = new Map<string, boolean>();
    for (const row of data.analyticsSeries.rows) groups.set(`${row.period}/${row.departmentId}`, row.suppressed);
    const hidden = [...groups.values()].filter(Boolean).length;

    await page.goto(shellUrl());
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(shellUrl());
    await page.locator('button[data-email="analist@demo.test"]').click();
    const screen = page.getByTestId('analyst-workspace');
    await screen.getByRole('heading', { name: 'Analyse: cijfers van de organisatie' }).waitFor();
    // The analyst's cost budget per minute is shared with the test files that query as her meanwhile (the privacy
    // suites): a series refused for it shows the error state, whose "try again" asks once more, as she would.
    const command = screen.getByText('npm run terugkeer -- analytics-client create --organization "Zorggroep Demo"');
    const retry = screen.getByRole('button', { name: 'Opnieuw proberen' });
    await eventually(async () => {
      if (await retry.isVisible()) await retry.click();
      await command.waitFor({ timeout: 5_000 });
    }, 90_000);
    await screen.getByText('/oauth/token', { exact: false }).waitFor();
    await screen.getByText('docs/analytics.md', { exact: false }).waitFor();
    await screen.getByRole('img', { name: /Verzuimpercentage per maand/ }).waitFor();
    const table = screen.getByRole('table', { name: 'Verzuim per maand en afdeling' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(groups.size);
    // Each hidden group shows the mark in both of its figures, never a number.
    expect(await table.getByText('verborgen (< 5)').count()).toBe(hidden * 2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'analyst-workspace');
  });
});
