import { gatewaySecret, readServiceConfig } from '@terugkeer/service-kit';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { required } from '@terugkeer/domain';

const repoRoot = join(__dirname, '..', '..');

/** Who can log in at the test's OpenID provider: a login name, and the directory e-mail it vouches for. */
export const PROVIDER_ACCOUNTS = { sanne: { email: 'werknemer@demo.test', name: 'Sanne de Vries' } };
export const SHELL_CLIENT_ID = 'terugkeer-shell';

export interface ProductionLoginStack {
  issuer: string;
  gatewayUrl: string;
  shellUrl: string;
  stop(): Promise<void>;
}

/**
 * Beside the running test platform: a real OpenID provider, a second gateway in production
 * mode that trusts only that provider (its subgraphs are the platform's), and the built
 * shell served with a /config.js that logs in at the provider and talks to that gateway.
 */
export async function startProductionLoginStack(): Promise<ProductionLoginStack> {
  const [providerPort, gatewayPort, shellPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const shellUrl = `http://localhost:${shellPort}`;
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  try {
    const provider = start(children, 'provider', [join(repoRoot, 'tests', 'support', 'oidc-test-provider.mjs')], {
      OIDC_PROVIDER_PORT: String(providerPort),
      SHELL_ORIGIN: shellUrl,
      OIDC_ACCOUNTS: JSON.stringify(PROVIDER_ACCOUNTS),
    });
    const { issuer } = JSON.parse(await firstLine(provider, '{"issuer"')) as { issuer: string };

    const gatewayUrl = `http://localhost:${gatewayPort}`;
    start(children, 'gateway', [join(repoRoot, 'services', 'gateway', 'dist', 'main.js')], {
      TERUGKEER_MODE: 'production',
      // The platform's subgraphs (in development mode) check signatures with the platform's secret.
      GATEWAY_SIGNING_SECRET: gatewaySecret(readServiceConfig('case')).toString('utf8'),
      GATEWAY_PORT: String(gatewayPort),
      OIDC_JWKS_URL: `${issuer}/jwks`,
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: 'terugkeer',
      CORS_ORIGINS: shellUrl,
    });
    await waitForOk(`${gatewayUrl}/healthz`);

    start(children, 'shell', [join(repoRoot, 'infra', 'bin', 'terugkeer.mjs'), 'serve-shell'], {
      TERUGKEER_PREPARED: '1',
      TERUGKEER_MODE: 'production',
      SHELL_PORT: String(shellPort),
      GATEWAY_PORT: String(gatewayPort),
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: SHELL_CLIENT_ID,
      OIDC_SCOPES: 'openid email profile',
    });
    await waitForOk(`${shellUrl}/config.js`);
    return { issuer, gatewayUrl, shellUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function start(children: ChildProcess[], name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (!text.includes('WARNING')) process.stderr.write(`[${name}] ${text}`);
  });
  return child;
}

function firstLine(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    required(child.stdout, 'the piped output of the child').on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((candidate) => candidate.startsWith(prefix));
      if (line) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready`)));
  });
}

export async function waitForOk(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
