import type { Page, Request } from 'playwright-core';

/** The budgets for compressed JavaScript on a first load (#19), in KB of 1024 bytes. */
export const PAGE_WEIGHT_BUDGETS = { loginKb: 150, shellWithRemoteKb: 200 } as const;

/** The remotes, each with a person whose first area it is: the shell with that one remote. */
export const REMOTE_LOGINS = {
  employee: 'werknemer@demo.test',
  manager: 'leidinggevende@demo.test',
  companyDoctor: 'bedrijfsarts@arbo.test',
  coach: 'coach@arbo.test',
} as const;
export type RemoteName = keyof typeof REMOTE_LOGINS;

/** The first screen is in: the login picker, or the remote's first screen inside the shell. */
export async function firstScreenShown(page: Page, remote: RemoteName | null): Promise<void> {
  await (remote ? page.locator(`[data-remote="${remote}"] > *`) : page.locator('button[data-email]')).first().waitFor({ timeout: 60_000 });
}

export interface LoadedScript {
  url: string;
  /** Bytes as they crossed the wire (compressed), and as the file. */
  compressedBytes: number;
  decodedBytes: number;
}

const isScript = (request: Request) => request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url());

/**
 * The scripts a page downloads while `load` runs and until the network falls quiet, with
 * their bytes. The page should come from a fresh context, so that nothing is cached.
 * The benchmark and the page-weight test measure with this one function.
 */
export async function scriptsOfFirstLoad(page: Page, load: () => Promise<void>): Promise<LoadedScript[]> {
  const scripts: Promise<LoadedScript>[] = [];
  const measure = (request: Request) => {
    if (!isScript(request)) return;
    scripts.push(
      Promise.all([request.sizes(), request.response()]).then(async ([size, response]) => ({
        url: request.url(),
        compressedBytes: size.responseBodySize,
        decodedBytes: (await response?.body())?.length ?? 0,
      })),
    );
  };
  page.on('requestfinished', measure);
  try {
    await load();
    // eslint-disable-next-line no-restricted-syntax -- a screen that polls never falls quiet; what loaded by then is what counts
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    return await Promise.all(scripts);
  } finally {
    page.off('requestfinished', measure);
  }
}

export function totalBytes(scripts: readonly LoadedScript[]): { compressedBytes: number; decodedBytes: number } {
  return {
    compressedBytes: scripts.reduce((sum, script) => sum + script.compressedBytes, 0),
    decodedBytes: scripts.reduce((sum, script) => sum + script.decodedBytes, 0),
  };
}
