import type { Page } from 'playwright-core';
import { shellUrl, withDutchPage } from '../support/browser';
import { tokenFor } from '../support/gateway-client';

/**
 * What a first visit downloads (#19): scripts compressed and cached for good, the login
 * page without Apollo Client's consumers, the workspace or any remote, which come after
 * the login. Bytes, never times; the figures (and the budgets of 150 KB for the login page
 * and 200 KB for the shell with one remote) come from `npm run terugkeer -- bench-frontend`.
 */
jest.setTimeout(60_000);

let page: Page;
withDutchPage((created) => (page = created), { perTest: true });

/** The scripts of a first load and their compressed bytes, as they crossed the wire. */
async function scriptsOfFirstLoad(load: () => Promise<void>): Promise<{ compressedBytes: number; decodedBytes: number; urls: string[] }> {
  const sizes: Promise<[number, number]>[] = [];
  const urls: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' && !/\.m?js(\?|$)/.test(request.url())) return;
    urls.push(request.url());
    sizes.push(
      Promise.all([request.sizes(), request.response()]).then(async ([size, response]) => [size.responseBodySize, (await response?.body())?.length ?? 0]),
    );
  });
  await load();
  await page.waitForLoadState('networkidle');
  const resolved = await Promise.all(sizes);
  return {
    compressedBytes: resolved.reduce((sum, [compressed]) => sum + compressed, 0),
    decodedBytes: resolved.reduce((sum, [, decoded]) => sum + decoded, 0),
    urls,
  };
}

const fromRemote = (url: string) => url.includes('remoteEntry') && !url.startsWith(new URL(shellUrl()).origin);

describe('page weight of a first visit', () => {
  it('the scripts come compressed with brotli and the hashed ones are cached for good', async () => {
    const html = await (await fetch(shellUrl())).text();
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const script = await fetch(new URL(entry ?? '/', shellUrl()), { headers: { 'accept-encoding': 'gzip, br' } });
    expect(script.headers.get('content-encoding')).toBe('br');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const plain = await fetch(new URL(entry ?? '/', shellUrl()), { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.arrayBuffer()).byteLength).toBeGreaterThan(Number(script.headers.get('content-length')));
  });

  it('the login page loads neither the workspace nor a remote, and its scripts arrive compressed', async () => {
    const { compressedBytes, decodedBytes, urls } = await scriptsOfFirstLoad(async () => {
      await page.goto(shellUrl());
      await page.locator('button[data-email]').first().waitFor();
    });
    expect(urls.some(fromRemote)).toBe(false);
    expect(urls.some((url) => /\/assets\/signed-in-[^/]+\.js$/.test(url))).toBe(false);
    expect(compressedBytes).toBeLessThan(decodedBytes / 2);
  });

  it('after the login the shell loads the workspace and the remote of the person’s role', async () => {
    await page.addInitScript((value) => sessionStorage.setItem('terugkeer.token', value), await tokenFor('werknemer@demo.test'));
    const { urls } = await scriptsOfFirstLoad(async () => {
      await page.goto(shellUrl());
      await page.getByTestId('viewer-name').waitFor();
    });
    expect(urls.some(fromRemote)).toBe(true);
    expect(urls.some((url) => /\/assets\/signed-in-[^/]+\.js$/.test(url))).toBe(true);
  });
});
