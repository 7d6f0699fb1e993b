import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, seriousAccessibilityViolations } from '../support/browser';
import { tokenFor } from '../support/gateway-client';

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
    // The token was handed over by postMessage, never put in the frame's address.
    expect(await page.locator('terugkeer-widget iframe').getAttribute('src')).not.toMatch(/token|eyJ/);
    // The frame grows with its content instead of scrolling inside the intranet page.
    await page.waitForFunction(() => (document.querySelector('terugkeer-widget iframe') as HTMLIFrameElement).offsetHeight > 480);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'embedding-example');
    await page.close();
  });

  it('gets no screen from an origin that is not allowed to embed Terugkeer, even with a valid token', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const shellUrl = process.env.SHELL_URL ?? '';
    const token = await tokenFor('werknemer@demo.test');
    // A page on an origin that is not in EMBED_ORIGINS (here: the shell's own) frames the screen.
    await page.route(`${shellUrl}/not-an-intranet.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="nl"><title>Elders</title><body><main>
          <script src="${shellUrl}/terugkeer-widget.js"></script>
          <terugkeer-widget remote="employee" lang="nl" token="${token}"></terugkeer-widget></main></body></html>`,
      }),
    );
    await page.goto(`${shellUrl}/not-an-intranet.html`);
    const frame = page.frameLocator('terugkeer-widget iframe');
    await frame.getByText('Deze pagina mag Terugkeer niet tonen', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await frame.getByText('Sanne de Vries').count()).toBe(0);
    await page.close();
  });
});
