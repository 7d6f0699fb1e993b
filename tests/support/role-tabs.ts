import type { Locator, Page } from 'playwright-core';
import { logInAs, shellUrl } from './browser';

/** Every demo persona with a screen of its own, and the remote that draws it. */
export const SCREEN_PERSONAS = [
  { email: 'werknemer@demo.test', remote: 'employee' },
  { email: 'leidinggevende@demo.test', remote: 'manager' },
  { email: 'hr@demo.test', remote: 'manager' },
  { email: 'bedrijfsarts@arbo.test', remote: 'companyDoctor' },
  { email: 'coach@arbo.test', remote: 'coach' },
] as const;

export type ScreenPersona = (typeof SCREEN_PERSONAS)[number];

/** Waits until the page stopped loading and no spinner is left in the area. */
export async function settle(area: Locator): Promise<void> {
  await area.page().waitForLoadState('networkidle');
  // Resolves at once when nothing is loading.
  await area.locator('.tk-spinner').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/**
 * Logs in as the persona, opens `address` (its first screen when none is given) and each of
 * that screen's tabs in turn (the one page when it has no tabs), calling `visit` once each has
 * loaded, with the tab's name (null without tabs) and its index.
 */
export async function visitEveryTab(
  page: Page,
  { email, remote }: ScreenPersona,
  visit: (tab: string | null, index: number) => Promise<void>,
  address?: string,
): Promise<void> {
  await logInAs(page, email);
  if (address) await page.goto(`${shellUrl()}${address}`);
  const area = page.locator(`[data-remote="${remote}"]`);
  await area.getByRole('heading').first().waitFor();
  const tabs = area.getByRole('tab');
  const count = await tabs.count();
  const names = count === 0 ? [null] : await tabs.allTextContents();
  for (const [index, name] of names.entries()) {
    if (name !== null) await tabs.nth(index).click();
    await settle(area);
    await visit(name, index);
  }
}
