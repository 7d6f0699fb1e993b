import type { Page } from 'playwright-core';
import { required } from '@terugkeer/domain';
import { screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { tokenFor } from '../support/gateway-client';
import { startProductionLoginStack, type ProductionLoginStack } from '../support/production-login-stack';

jest.setTimeout(120_000);

// Production login end to end: a real OpenID provider, a gateway in production mode that
// trusts only that provider, and the shell configured for it. Sanne logs in with her
// provider account ("sanne"), which the gateway maps to the directory by its e-mail claim.
let stack: ProductionLoginStack;
let page: Page;

beforeAll(async () => {
  stack = await startProductionLoginStack();
});
afterAll(async () => {
  await stack?.stop();
});
withDutchPage((opened) => (page = opened), { perTest: true });

const viewerQuery = async (token: string) => {
  const response = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin: stack.shellUrl },
    // The shell's own operation: a production gateway accepts only the persisted ones.
    body: JSON.stringify({
      query: 'query Workspace_ViewerQuery { viewer { id name memberships { role organization { id name } healthProvider { id name } } } }',
    }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { viewer: { name: string } } } };
};

describe('the production gateway', () => {
  it('refuses a development token and offers no development login', async () => {
    const devToken = await tokenFor('werknemer@demo.test');
    const refused = await viewerQuery(devToken);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).toContain('UNAUTHENTICATED');
    const devLogin = await fetch(`${stack.gatewayUrl}/auth/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'werknemer@demo.test' }),
    });
    expect(devLogin.status).toBe(404);
  });
});

describe('logging in at the OpenID provider', () => {
  it('takes Sanne to the provider with PKCE, back to her own case, and logs her out at both', async () => {
    await page.goto(stack.shellUrl);
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    expect(await page.locator('button[data-email]').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const authorizationRequest = page.waitForRequest((request) => request.url().startsWith(`${stack.issuer}/auth?`));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const authorize = new URL((await authorizationRequest).url());
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: 'terugkeer-shell',
      response_type: 'code',
      redirect_uri: `${stack.shellUrl}/auth/callback`,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(authorize.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    // The provider's own (development) login and consent pages.
    await page.locator('input[name="login"]').fill('sanne');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: /sign-in/i }).click();
    await page.getByRole('button', { name: /continue/i }).click();

    // Back in the shell: the code was exchanged and Sanne sees her own case.
    const area = page.locator('[data-remote="employee"]');
    await area.getByRole('heading', { name: 'Mijn dossier' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('viewer-name').textContent()).toBe('Sanne de Vries');
    expect(await area.getByTestId('absence-days').textContent()).toBe('84');
    expect(new URL(page.url()).pathname).toBe('/employee');
    await screenshot(page, 'oidc-employee-main');

    // The provider's token lives in this tab only, and the gateway knows whose it is.
    const stored = await page.evaluate(() => ({
      token: sessionStorage.getItem('terugkeer.token'),
      expiresAt: Number(sessionStorage.getItem('terugkeer.token-expires-at')),
      local: Object.keys(localStorage).filter((key) => key.startsWith('terugkeer.')),
    }));
    expect(stored.local).toEqual([]);
    expect(stored.expiresAt).toBeGreaterThan(Date.now());
    const token = required(stored.token, 'the token the shell stored');
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ iss: stack.issuer, aud: 'terugkeer', sub: 'sanne', email: 'werknemer@demo.test' });
    const accepted = await viewerQuery(token);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data?.viewer.name).toBe('Sanne de Vries');

    // Logging out ends the provider's session too, then returns to the shell's login page.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: /yes, sign me out/i }).click();
    await page.waitForURL(`${stack.shellUrl}/`);
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('terugkeer.token'))).toBeNull();
  });

  it('brings someone who opened a bookmarked page back to that page after logging in', async () => {
    await page.goto(`${stack.shellUrl}/employee/hours`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('input[name="login"]').fill('sanne');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: /sign-in/i }).click();
    // The provider may remember the consent given in the test before.
    const consent = page.getByRole('button', { name: /continue/i });
    const hours = page.locator('#employee-hours').getByRole('heading', { name: 'Mijn opbouw in uren' });
    await consent.or(hours).first().waitFor({ timeout: 30_000 });
    if (await consent.isVisible()) await consent.click();
    await hours.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'oidc-bookmark-debug');
      throw new Error(`at ${page.url()}: ${String(error)}`);
    });
    expect(new URL(page.url()).pathname).toBe('/employee/hours');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: /yes, sign me out/i }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
  });

  it('sends someone whose session ended back to log in, with a calm message', async () => {
    await page.goto(stack.shellUrl);
    await page.evaluate(() => {
      sessionStorage.setItem('terugkeer.token', 'an.ended.token');
      sessionStorage.setItem('terugkeer.token-expires-at', String(Date.now() - 1_000));
    });
    await page.reload();
    await page.getByText('Je sessie is verlopen. Log opnieuw in om verder te gaan').waitFor();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('terugkeer.token'))).toBeNull();
  });
});
