import type { Page } from 'playwright-core';
import { screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { SCREEN_PERSONAS, visitEveryTab } from '../support/role-tabs';

jest.setTimeout(180_000);

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true, context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } });

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

describe.each(SCREEN_PERSONAS)('on a phone (390 × 844), $email', (persona) => {
  it('never scrolls sideways on any tab, and every tab passes axe', async () => {
    await visitEveryTab(page, persona, async (tab, index) => {
      const overflow = await sidewaysOverflow(page);
      // On failure the message names the tab and the elements reaching past the edge.
      expect({ tab, overflow, widest: overflow > 0 ? await widest(page) : [] }).toEqual({ tab, overflow: 0, widest: [] });
      expect({ tab, violations: (await seriousAccessibilityViolations(page)).map((violation) => violation.id) }).toEqual({ tab, violations: [] });
      await screenshot(page, `phone-${persona.email.split('@')[0]}-${index}`);
    });
  });
});
