const TOKEN_KEY = 'terugkeer.token';
const EXPIRES_AT_KEY = 'terugkeer.token-expires-at';
const ID_TOKEN_KEY = 'terugkeer.id-token';

/** After an OIDC login: when the token ends, and the ID token the provider's logout asks for. */
export interface TokenDetails {
  expiresAt: number | null;
  idToken: string | null;
}

/** The token lives for the browser tab only (sessionStorage, never localStorage). */
export const session = {
  token: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  expiresAt: (): number | null => {
    const value = Number(sessionStorage.getItem(EXPIRES_AT_KEY));
    return value > 0 ? value : null;
  },
  idToken: (): string | null => sessionStorage.getItem(ID_TOKEN_KEY),
  save: (token: string, details: TokenDetails = { expiresAt: null, idToken: null }) => {
    session.clear();
    sessionStorage.setItem(TOKEN_KEY, token);
    if (details.expiresAt) sessionStorage.setItem(EXPIRES_AT_KEY, String(details.expiresAt));
    if (details.idToken) sessionStorage.setItem(ID_TOKEN_KEY, details.idToken);
  },
  clear: () => {
    for (const key of [TOKEN_KEY, EXPIRES_AT_KEY, ID_TOKEN_KEY]) sessionStorage.removeItem(key);
  },
};

export interface DemoUser {
  email: string;
  name: string;
  roles: string[];
}

export async function fetchDemoUsers(gatewayUrl: string): Promise<DemoUser[]> {
  const response = await fetch(`${gatewayUrl}/auth/dev/users`);
  if (!response.ok) throw new Error(`Demo users unavailable (${response.status})`);
  return response.json();
}

export async function requestDevToken(gatewayUrl: string, email: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`Login failed (${response.status})`);
  return (await response.json()).token;
}
