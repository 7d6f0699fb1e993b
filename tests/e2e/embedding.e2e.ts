import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../support/browser';

jest.setTimeout(60_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an intranet page', () => {
  it('embeds the employee screen with the <terugkeer-widget> element and an intranet token', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    await page.goto(`http://localhost:${process.env.EMBED_EXAMPLE_PORT}/`);
    await page.getByRole('status').getByText('Aangemeld als werknemer@demo.test.').waitFor();
    const frame = page.frameLocator('terugkeer-widget iframe');
    await frame.getByRole('heading', { name: 'Mijn dossier' }).waitFor();
    await frame.getByText('Sanne de Vries').first().waitFor();
    expect(await page.locator('terugkeer-widget iframe').getAttribute('title')).toBe('Terugkeer – Mijn dossier');
    // The frame grows with its content instead of scrolling inside the intranet page.
    await page.waitForFunction(() => (document.querySelector('terugkeer-widget iframe') as HTMLIFrameElement).offsetHeight > 480);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'embedding-example');
    await page.close();
  });
});
