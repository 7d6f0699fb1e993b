import type { Page } from 'playwright-core';
import { shellUrl, withDutchPage } from '../support/browser';
import { tokenFor } from '../support/gateway-client';

/**
 * What a first visit downloads (#19): the login page at most 150 KB of compressed
 * JavaScript, the shell with one remote at most 200 KB. Bytes, not times: the figures with
 * timings come from `npm run terugkeer -- bench-frontend`.
 */
const BUDGET_KB = { login: 150, shellWithRemote: 200 };

let page: Page;
withDutchPage((created) => (page = created), { perTest: true });

/** Compressed bytes of every script the page loaded, as they crossed the wire. */
async function scriptBytesOfFirstLoad(load: () => Promise<void>): Promise<{ compressed: number; scripts: string[] }> {
  const sizes: Promise<number>[] = [];
  const scripts: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' && !/\.m?js(\?|$)/.test(request.url())) return;
    scripts.push(request.url());
    sizes.push(request.sizes().then((size) => size.responseBodySize));
  });
  await load();
  await page.waitForLoadState('networkidle');
  return { compressed: (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0), scripts };
}

describe('page weight of a first visit', () => {
  it('the scripts come compressed', async () => {
    const response = await fetch(shellUrl(), { headers: { 'accept-encoding': 'br, gzip' } });
    const html = await response.text();
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const script = await fetch(new URL(entry ?? '/', shellUrl()), { headers: { 'accept-encoding': 'br, gzip' } });
    expect(script.headers.get('content-encoding')).toBe('br');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it(`the login page loads at most ${BUDGET_KB.login} KB of compressed JavaScript, without Apollo Client or a remote`, async () => {
    const { compressed, scripts } = await scriptBytesOfFirstLoad(async () => {
      await page.goto(shellUrl());
      await page.locator('button[data-email]').first().waitFor();
    });
    expect(scripts.some((url) => url.includes('remoteEntry') && !url.startsWith(new URL(shellUrl()).origin))).toBe(false);
    expect(compressed / 1024).toBeLessThanOrEqual(BUDGET_KB.login);
  });

  it(`the shell with one remote loads at most ${BUDGET_KB.shellWithRemote} KB of compressed JavaScript`, async () => {
    const token = await tokenFor('werknemer@demo.test');
    await page.addInitScript((value) => sessionStorage.setItem('terugkeer.token', value), token);
    const { compressed, scripts } = await scriptBytesOfFirstLoad(async () => {
      await page.goto(shellUrl());
      await page.getByTestId('viewer-name').waitFor();
    });
    expect(scripts.some((url) => url.includes('remoteEntry') && !url.startsWith(new URL(shellUrl()).origin))).toBe(true);
    expect(compressed / 1024).toBeLessThanOrEqual(BUDGET_KB.shellWithRemote);
  });
});
