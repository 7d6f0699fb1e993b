import type { Locator, Page } from 'playwright-core';
import { logInAs, screenshot, withDutchPage } from '../support/browser';

jest.setTimeout(180_000);

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true, context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } });

const PERSONAS = [
  { email: 'werknemer@demo.test', remote: 'employee' },
  { email: 'leidinggevende@demo.test', remote: 'manager' },
  { email: 'hr@demo.test', remote: 'manager' },
  { email: 'bedrijfsarts@arbo.test', remote: 'companyDoctor' },
  { email: 'coach@arbo.test', remote: 'coach' },
] as const;

/** How far the page reaches past the screen's right edge, in CSS pixels; 0 when nothing scrolls sideways. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The elements that reach past the right edge (hidden ones too), to say where to look when the page does scroll sideways. */
const widest = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );

async function settle(area: Locator) {
  await area.page().waitForLoadState('networkidle');
  // Resolves at once when nothing is loading.
  await area.locator('.tk-spinner').first().waitFor({ state: 'detached', timeout: 15_000 });
}

describe.each(PERSONAS)('on a phone (390 × 844), $email', ({ email, remote }) => {
  it('never scrolls sideways on any tab', async () => {
    await logInAs(page, email);
    const area = page.locator(`[data-remote="${remote}"]`);
    await area.getByRole('heading').first().waitFor();
    const tabs = area.getByRole('tab');
    const count = await tabs.count();
    const names = count === 0 ? [null] : await tabs.allTextContents();
    for (const [index, name] of names.entries()) {
      if (name !== null) await tabs.nth(index).click();
      await settle(area);
      const overflow = await sidewaysOverflow(page);
      // On failure the message names the tab and the elements reaching past the edge.
      expect({ tab: name, overflow, widest: overflow > 0 ? await widest(page) : [] }).toEqual({ tab: name, overflow: 0, widest: [] });
      await screenshot(page, `phone-${email.split('@')[0]}-${index}`);
    }
  });
});
