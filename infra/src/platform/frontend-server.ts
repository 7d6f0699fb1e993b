import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { frontendsDir, repoRoot } from '../paths.js';
import type { PlatformPorts } from './ports.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface FrontendApp {
  name: string;
  port: number;
  dir: string;
}

export function frontendApps(ports: PlatformPorts): FrontendApp[] {
  return [
    { name: 'shell', port: ports.shell, dir: join(frontendsDir, 'shell', 'dist') },
    { name: 'employee', port: ports.employee, dir: join(frontendsDir, 'employee', 'dist') },
    { name: 'manager', port: ports.manager, dir: join(frontendsDir, 'manager', 'dist') },
    { name: 'company-doctor', port: ports.companyDoctor, dir: join(frontendsDir, 'company-doctor', 'dist') },
    { name: 'coach', port: ports.coach, dir: join(frontendsDir, 'coach', 'dist') },
    // An intranet page that embeds a Terugkeer screen with the <terugkeer-widget> element.
    { name: 'embed-example', port: ports.embedExample, dir: join(repoRoot, 'infra', 'embed-example') },
  ];
}

/**
 * What the shell reads at run time: where the gateway and each remote are, whether this is
 * production (no development login), and the OpenID provider people log in at, if any.
 */
export function runtimeConfig(ports: PlatformPorts, host = 'localhost', env: NodeJS.ProcessEnv = process.env) {
  const remote = (port: number) => `http://${host}:${port}/remoteEntry.js`;
  const oidc = oidcRuntimeConfig(env);
  return {
    gatewayUrl: `http://${host}:${ports.gateway}`,
    shellUrl: `http://${host}:${ports.shell}`,
    remotes: {
      employee: remote(ports.employee),
      manager: remote(ports.manager),
      companyDoctor: remote(ports.companyDoctor),
      coach: remote(ports.coach),
    },
    production: env.NODE_ENV === 'production',
    ...(oidc ? { oidc } : {}),
  };
}

/** OIDC_ISSUER and OIDC_CLIENT_ID turn the shell's login into the provider's; scopes and callback path are optional. */
export function oidcRuntimeConfig(env: NodeJS.ProcessEnv) {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID) return undefined;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    ...(env.OIDC_SCOPES ? { scopes: env.OIDC_SCOPES } : {}),
    ...(env.OIDC_REDIRECT_PATH ? { redirectPath: env.OIDC_REDIRECT_PATH } : {}),
  };
}

/** Intranets that may show our screens in a frame: EMBED_ORIGINS, or the example host page. */
export function embedOrigins(ports: PlatformPorts, env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = env.EMBED_ORIGINS ?? `http://localhost:${ports.embedExample},http://127.0.0.1:${ports.embedExample}`;
  return configured.split(',').map((origin) => origin.trim()).filter(Boolean);
}

/** Headers every frontend response carries; framing only by ourselves and the embedding intranets. */
export function frontendSecurityHeaders(ports: PlatformPorts): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'content-security-policy': `frame-ancestors 'self' ${embedOrigins(ports).join(' ')}; object-src 'none'; base-uri 'self'`,
  };
}

/**
 * Serves the built frontends, one port each, from one process: static files with a
 * single-page fallback, CORS for the remotes' modules, and `/config.js` for the shell.
 * `only` names the apps to serve (default: all).
 */
export async function startFrontendServers(ports: PlatformPorts, only?: string[]): Promise<{ stop(): Promise<void> }> {
  const config = `window.__TERUGKEER_CONFIG__ = ${JSON.stringify(runtimeConfig(ports))};\n`;
  const securityHeaders = frontendSecurityHeaders(ports);
  const servers: Server[] = [];
  for (const app of frontendApps(ports).filter((candidate) => !only || only.includes(candidate.name))) {
    if (!existsSync(join(app.dir, 'index.html')) && !existsSync(join(app.dir, 'remoteEntry.js'))) {
      throw new Error(`The ${app.name} frontend is not built (${app.dir} is missing). Run the build first.`);
    }
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      response.setHeader('access-control-allow-origin', '*');
      for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
      if (url.pathname === '/config.js') {
        response.writeHead(200, { 'content-type': CONTENT_TYPES['.js'], 'cache-control': 'no-store' });
        response.end(config);
        return;
      }
      const requested = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(app.dir, requested);
      if (!file.startsWith(app.dir) || !existsSync(file) || statSync(file).isDirectory()) {
        if (extname(requested)) {
          response.writeHead(404).end();
          return;
        }
        file = join(app.dir, 'index.html');
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      // A rebuild can remove a file between the check above and the read.
      createReadStream(file).on('error', () => response.destroy()).pipe(response);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(app.port, process.env.HOST ?? '127.0.0.1', resolve);
    });
    servers.push(server);
  }
  return {
    stop: async () => {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => { s.closeAllConnections(); s.close(() => resolve()); })));
    },
  };
}
