import type { Page } from 'playwright-core';
import {
  firstScreenShown,
  PAGE_WEIGHT_BUDGETS,
  REMOTE_LOGINS,
  scriptsOfFirstLoad,
  totalBytes,
  type LoadedScript,
  type RemoteName,
} from '../../infra/src/bench/first-load';
import { shellUrl, withDutchPage } from '../support/browser';
import { tokenFor } from '../support/gateway-client';

/**
 * What a first visit downloads (#19): scripts compressed and cached for good; the login page
 * within 150 KB of compressed JavaScript and without Apollo Client, GraphQL, the workspace or
 * any remote; the shell with any one remote within 200 KB, React, Apollo Client and GraphQL
 * each loaded once. Bytes, measured as `npm run terugkeer -- bench-frontend` measures them.
 */
jest.setTimeout(90_000);

let page: Page;
withDutchPage((created) => (page = created), { perTest: true });

const KB = 1024;
const fromRemote = (url: string) => url.includes('remoteEntry') && !url.startsWith(new URL(shellUrl()).origin);
const signedIn = (url: string) => /\/assets\/signed-in-[^/]+\.js$/.test(url);
/** The chunks the frontends' builds put each library in (sharedLibraryChunks in packages/config/frontend-build.mjs). */
const LIBRARY_CHUNKS = { React: 'vendor-react', 'Apollo Client': 'vendor-apollo', GraphQL: 'vendor-graphql' } as const;
const chunksOf = (scripts: LoadedScript[], chunk: string) => scripts.filter(({ url }) => new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`).test(url));

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

  it('the login page stays within its budget and loads neither Apollo Client, GraphQL, the workspace nor a remote', async () => {
    const scripts = await scriptsOfFirstLoad(page, async () => {
      await page.goto(shellUrl());
      await firstScreenShown(page, null);
    });
    const urls = scripts.map((script) => script.url);
    const { compressedBytes, decodedBytes } = totalBytes(scripts);
    expect(urls.some(fromRemote)).toBe(false);
    expect(urls.some(signedIn)).toBe(false);
    expect(chunksOf(scripts, LIBRARY_CHUNKS['Apollo Client'])).toEqual([]);
    expect(chunksOf(scripts, LIBRARY_CHUNKS.GraphQL)).toEqual([]);
    expect(chunksOf(scripts, LIBRARY_CHUNKS.React)).toHaveLength(1);
    expect(compressedBytes).toBeLessThan(decodedBytes / 2);
    expect(compressedBytes).toBeLessThanOrEqual(PAGE_WEIGHT_BUDGETS.loginKb * KB);
  });

  it.each(Object.entries(REMOTE_LOGINS) as [RemoteName, string][])(
    'the shell with the %s remote stays within its budget and loads React, Apollo Client and GraphQL once, from the shell',
    async (remote, email) => {
      await page.addInitScript((value) => sessionStorage.setItem('terugkeer.token', value), await tokenFor(email));
      const scripts = await scriptsOfFirstLoad(page, async () => {
        await page.goto(shellUrl());
        await firstScreenShown(page, remote);
      });
      const urls = scripts.map((script) => script.url);
      expect(urls.some(fromRemote)).toBe(true);
      expect(urls.some(signedIn)).toBe(true);
      const shellOrigin = new URL(shellUrl()).origin;
      for (const chunk of Object.values(LIBRARY_CHUNKS)) {
        const loaded = chunksOf(scripts, chunk);
        expect(loaded).toHaveLength(1);
        expect(new URL(loaded[0].url).origin).toBe(shellOrigin);
      }
      const { compressedBytes } = totalBytes(scripts);
      expect(compressedBytes).toBeLessThanOrEqual(PAGE_WEIGHT_BUDGETS.shellWithRemoteKb * KB);
    },
  );
});
