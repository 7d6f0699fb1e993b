import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve as resolvePath, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Mode } from '@terugkeer/env';
import { shellOidcSettings, type LauncherConfig, type ShellOidcSettings } from '../config.js';
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

/** Text that shrinks: scripts, styles, pages, data. Images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

type Encoding = 'br' | 'gzip';

/** Brotli where the browser takes it (every current one does), else gzip, else the file as it is. */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const accepted = new Set(
    String(acceptEncoding ?? '')
      .split(',')
      // `br;q=0` refuses brotli; any other weight accepts it.
      .filter((part) => !/;\s*q=0(\.0*)?\s*$/.test(part))
      .map((part) => part.split(';')[0].trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * Each file compressed once per encoding and kept while it is unchanged: the hashed assets
 * never change, and index.html and remoteEntry.js change only with a rebuild.
 */
class CompressedFiles {
  private readonly cache = new Map<string, { mtimeMs: number; body: Buffer }>();

  get(file: string, encoding: Encoding, mtimeMs: number): Buffer {
    const key = `${encoding}:${file}`;
    const cached = this.cache.get(key);
    if (cached?.mtimeMs === mtimeMs) return cached.body;
    const raw = readFileSync(file);
    const body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 });
    this.cache.set(key, { mtimeMs, body });
    return body;
  }
}

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

/** How the frontends are served: the mode (no development login in production), the interface, the login, the framing intranets. */
export interface FrontendSettings {
  mode: Mode;
  host: string;
  oidc: ShellOidcSettings | undefined;
  /** Unset: the example intranet page in development, none in production. */
  embedOrigins: string[] | undefined;
  /** Origins besides the shell's own port that load the remotes' modules. */
  shellOrigins?: string[];
}

/** The development platform's frontends (`npm start`, `npm test`): development mode, with the configured login and intranets. */
export function developmentFrontends(config: LauncherConfig): FrontendSettings {
  return {
    mode: 'development',
    host: config.host,
    oidc: shellOidcSettings(config.shellLogin),
    embedOrigins: config.embedOrigins,
    shellOrigins: config.shellOrigins,
  };
}

/**
 * What the shell reads at run time: where the gateway and each remote are, the mode (the
 * development login only in development), and the OpenID provider people log in at, if any.
 */
export function runtimeConfig(ports: PlatformPorts, settings: Pick<FrontendSettings, 'mode' | 'oidc' | 'embedOrigins'>, host = 'localhost') {
  const remote = (port: number) => `http://${host}:${port}/remoteEntry.js`;
  return {
    gatewayUrl: `http://${host}:${ports.gateway}`,
    shellUrl: `http://${host}:${ports.shell}`,
    remotes: {
      employee: remote(ports.employee),
      manager: remote(ports.manager),
      companyDoctor: remote(ports.companyDoctor),
      coach: remote(ports.coach),
    },
    mode: settings.mode,
    embedOrigins: embedOrigins(ports, settings),
    ...(settings.oidc ? { oidc: settings.oidc } : {}),
  };
}

/** Intranets that may show our screens in a frame: EMBED_ORIGINS, or in development the example host page. */
export function embedOrigins(ports: PlatformPorts, settings: Pick<FrontendSettings, 'mode' | 'embedOrigins'>): string[] {
  if (settings.embedOrigins) return settings.embedOrigins;
  return settings.mode === 'development' ? [`http://localhost:${ports.embedExample}`, `http://127.0.0.1:${ports.embedExample}`] : [];
}

const originsOf = (port: number) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`];

const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1):\d{1,5}$/;

/**
 * Whether a page at `origin` may load a remote's modules: the shell on its port and at
 * SHELL_ORIGINS; in development also a shell on any loopback port (a second shell beside
 * the platform, as the login test runs). No other site reads the remotes' code by script.
 */
export function loadsRemoteModules(origin: string, ports: PlatformPorts, settings: Pick<FrontendSettings, 'mode' | 'host' | 'shellOrigins'>): boolean {
  const shell = [`http://${settings.host}:${ports.shell}`, ...originsOf(ports.shell), ...(settings.shellOrigins ?? [])];
  return shell.includes(origin) || (settings.mode === 'development' && LOOPBACK_ORIGIN.test(origin));
}

const REMOTES = new Set(['employee', 'manager', 'company-doctor', 'coach']);

/**
 * Headers every frontend response carries. The page may run scripts only from the shell and
 * the remotes, talk only to the gateway, the remotes and the identity provider, and be
 * framed only by itself and the embedding intranets; the tab holds a bearer token.
 */
export function frontendSecurityHeaders(ports: PlatformPorts, settings: Pick<FrontendSettings, 'mode' | 'embedOrigins' | 'oidc'>): Record<string, string> {
  const remotes = [ports.employee, ports.manager, ports.companyDoctor, ports.coach].flatMap(originsOf);
  const provider = settings.oidc ? [new URL(settings.oidc.issuer).origin] : [];
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${remotes.join(' ')}`,
    `connect-src 'self' ${[...originsOf(ports.gateway), ...remotes, ...provider].join(' ')}`,
    // React sets style attributes; no script can come in through them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `frame-ancestors 'self' ${embedOrigins(ports, settings).join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
  ];
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'content-security-policy': policy.join('; '),
  };
}

/** The example intranet page is not ours: it keeps its inline script, and only the framing rule. */
function exampleIntranetHeaders(): Record<string, string> {
  return { 'x-content-type-options': 'nosniff', 'content-security-policy': "object-src 'none'; base-uri 'self'" };
}

/**
 * The file a request target names inside `dir`, or why there is none. Only a path is a
 * target here; its escapes must decode, and the decoded path may hold no control character
 * and may not climb out of `dir`.
 */
function requestedFile(target: string | undefined, dir: string): { pathname: string; file: string } | { refused: string } {
  if (!target?.startsWith('/') || target.startsWith('//')) return { refused: 'The request target must be a path.' };
  const pathname = target.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { refused: 'The path holds an invalid escape.' };
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { refused: 'The path holds a character no file name here has.' };
  const file = resolvePath(dir, `.${decoded}`);
  if (file !== dir && !file.startsWith(dir + sep)) return { refused: 'The path leads outside the site.' };
  return { pathname: decoded, file };
}

/** Whatever a request does, the launcher lives on: a failure is answered 500 and logged. */
function guarded(app: string, handle: (request: IncomingMessage, response: ServerResponse) => void): RequestListener {
  return (request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(`${app.padEnd(10)}│ a ${request.method} request failed:`, error);
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal error.');
    }
  };
}

/**
 * Serves the built frontends, one port each, from one process: static files with a
 * single-page fallback, CORS for the remotes' modules, and `/config.js` for the shell.
 * `only` names the apps to serve (default: all).
 */
export async function startFrontendServers(ports: PlatformPorts, settings: FrontendSettings, only?: string[]): Promise<{ stop(): Promise<void> }> {
  const config = `window.__TERUGKEER_CONFIG__ = ${JSON.stringify(runtimeConfig(ports, settings))};\n`;
  const securityHeaders = frontendSecurityHeaders(ports, settings);
  const servers: Server[] = [];
  const compressed = new CompressedFiles();
  for (const app of frontendApps(ports).filter((candidate) => !only || only.includes(candidate.name))) {
    if (!existsSync(join(app.dir, 'index.html')) && !existsSync(join(app.dir, 'remoteEntry.js'))) {
      throw new Error(`The ${app.name} frontend is not built (${app.dir} is missing). Run the build first.`);
    }
    const root = resolvePath(app.dir);
    const server = createServer(
      guarded(app.name, (request, response) => {
        const origin = request.headers.origin;
        response.setHeader('vary', REMOTES.has(app.name) ? 'origin, accept-encoding' : 'accept-encoding');
        if (REMOTES.has(app.name) && origin && loadsRemoteModules(origin, ports, settings)) {
          response.setHeader('access-control-allow-origin', origin);
          // The shell's Resource Timing may see how long the remote's modules took.
          response.setHeader('timing-allow-origin', origin);
        }
        for (const [name, value] of Object.entries(app.name === 'embed-example' ? exampleIntranetHeaders() : securityHeaders)) response.setHeader(name, value);
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          response.writeHead(405, { allow: 'GET, HEAD' }).end();
          return;
        }
        const requested = requestedFile(request.url, root);
        if ('refused' in requested) {
          response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(requested.refused);
          return;
        }
        if (requested.pathname === '/config.js') {
          response.writeHead(200, { 'content-type': CONTENT_TYPES['.js'], 'cache-control': 'no-store' });
          response.end(config);
          return;
        }
        let file = requested.file;
        if (!existsSync(file) || statSync(file).isDirectory()) {
          if (extname(requested.pathname)) {
            response.writeHead(404).end();
            return;
          }
          file = join(root, 'index.html');
        }
        const headers = {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          // Vite names every file under assets/ by its content hash: a new build is a new name.
          'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        };
        const encoding = COMPRESSIBLE.has(extname(file)) ? preferredEncoding(request.headers['accept-encoding']) : null;
        if (encoding) {
          const body = compressed.get(file, encoding, statSync(file).mtimeMs);
          response.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
          response.end(request.method === 'HEAD' ? undefined : body);
          return;
        }
        response.writeHead(200, headers);
        // A rebuild can remove a file between the check above and the read.
        createReadStream(file)
          .on('error', () => response.destroy())
          .pipe(response);
      }),
    ).on('connect', (_request, socket) => {
      // Not a proxy: a CONNECT is refused rather than met with a closed connection.
      socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(app.port, settings.host, resolve);
    });
    servers.push(server);
  }
  return {
    stop: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}
