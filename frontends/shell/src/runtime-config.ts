export type RemoteName = 'employee' | 'manager' | 'companyDoctor' | 'coach';

export interface RuntimeConfig {
  gatewayUrl: string;
  remotes: Record<RemoteName, string>;
  /** Only `development` offers the development login; anything else, or nothing, counts as production. */
  mode?: string;
  /** Intranet origins that may frame a screen and hand it a token (EMBED_ORIGINS). */
  embedOrigins?: string[];
  /** The OpenID provider people log in at; read with `loginMethod` (session/login-method.ts). */
  oidc?: unknown;
}

declare global {
  interface Window {
    __TERUGKEER_CONFIG__?: RuntimeConfig;
  }
}

/** Where the gateway and the remotes are, served by the host page as /config.js. */
export function runtimeConfig(): RuntimeConfig {
  const config = window.__TERUGKEER_CONFIG__;
  if (!config) throw new Error('Missing /config.js: the shell does not know where the gateway is.');
  return config;
}
