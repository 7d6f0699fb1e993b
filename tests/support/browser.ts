import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenFor } from './gateway-client';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, headless, with the flags that keep it off the network here. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error("No Chromium: install Debian's `chromium` or set CHROMIUM_PATH (npm test tries apt-get).");
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface DutchPageOptions {
  /** A fresh context (cookies, storage) for every test instead of one for the whole file. */
  perTest?: boolean;
  context?: BrowserContextOptions;
}

/**
 * Gives a test file a page in Dutch at desktop size through `use`, in one browser that is
 * closed when the file is done.
 */
export function withDutchPage(use: (page: Page) => void, { perTest = false, context = {} }: DutchPageOptions = {}): void {
  let browser: Browser | undefined;
  let current: BrowserContext | undefined;
  const open = async () => {
    if (!browser) throw new Error('The browser opens in beforeAll, before any page.');
    current = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 }, ...context });
    use(await current.newPage());
  };
  beforeAll(async () => {
    browser = await launchBrowser();
    if (!perTest) await open();
  });
  if (perTest) {
    beforeEach(open);
    afterEach(async () => {
      await current?.close();
    });
  }
  afterAll(async () => {
    await browser?.close();
  });
}

export const shellUrl = () => process.env.SHELL_URL ?? 'http://localhost:3000';

/** Logs in through the development login picker, exactly as a person would. */
export async function logInAs(page: Page, email: string): Promise<void> {
  await page.goto(shellUrl());
  // Whoever was logged in on this page before is logged out first.
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(shellUrl());
  await page.locator(`button[data-email="${email}"]`).click();
  await page.getByTestId('viewer-name').waitFor();
}

/**
 * Logs in any user, also one of a test's own organization whom the development login picker does not
 * list: the token comes from the same development token endpoint the picker calls, and is kept where the
 * shell keeps the token of a tab's login.
 */
export async function logInWithDevelopmentToken(page: Page, email: string): Promise<void> {
  const token = await tokenFor(email);
  await page.goto(shellUrl());
  await page.evaluate((value) => {
    sessionStorage.clear();
    sessionStorage.setItem('terugkeer.token', value);
  }, token);
  await page.goto(shellUrl());
  await page.getByTestId('viewer-name').waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol: the page's own policy allows no inline script.
  await page.evaluate(AXE_SOURCE);
  const violations: AxeViolation[] = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document);
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.SCREENSHOT_DIR ?? join(__dirname, '..', '..', '.data', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
