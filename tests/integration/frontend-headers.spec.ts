/**
 * The static frontends as a browser meets them: the tab holds a bearer token, so scripts
 * come only from our own servers, and only the shell may read the remotes' modules.
 */

function port(variable: string): number {
  const value = Number(process.env[variable]);
  if (!value) throw new Error(`${variable} is not set: run these tests through \`npm test\`.`);
  return value;
}

const REMOTES = ['EMPLOYEE', 'MANAGER', 'COMPANY_DOCTOR', 'COACH'] as const;

const fetchFrom = (appPort: number, path: string, origin?: string) => fetch(`http://127.0.0.1:${appPort}${path}`, { headers: origin ? { origin } : {} });

describe('static frontends', () => {
  it.each(['SHELL', ...REMOTES])('%s sends a content security policy that limits scripts and connections', async (app) => {
    const response = await fetchFrom(port(`${app}_PORT`), '/');
    const policy = response.headers.get('content-security-policy') ?? '';
    const directive = (name: string) =>
      policy
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toMatch(/^script-src 'self'/);
    expect(directive('script-src')).not.toMatch(/\*|'unsafe-inline'|'unsafe-eval'/);
    expect(directive('connect-src')).toContain(`:${port('GATEWAY_PORT')}`);
    expect(directive('connect-src')).not.toMatch(/\s\*(\s|$)/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(REMOTES)('%s shares its modules with the shell and with no other site', async (app) => {
    const shell = `http://localhost:${port('SHELL_PORT')}`;
    const fromShell = await fetchFrom(port(`${app}_PORT`), '/remoteEntry.js', shell);
    expect(fromShell.status).toBe(200);
    expect(fromShell.headers.get('access-control-allow-origin')).toBe(shell);
    expect(fromShell.headers.get('vary')).toMatch(/origin/i);

    for (const stranger of ['https://attacker.example', 'http://localhost.attacker.example:80', 'null']) {
      const response = await fetchFrom(port(`${app}_PORT`), '/remoteEntry.js', stranger);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
    const withoutOrigin = await fetchFrom(port(`${app}_PORT`), '/remoteEntry.js');
    expect(withoutOrigin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('the shell and the example intranet page grant no cross-origin reads at all', async () => {
    for (const app of ['SHELL', 'EMBED_EXAMPLE']) {
      const response = await fetchFrom(port(`${app}_PORT`), '/', 'https://attacker.example');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
