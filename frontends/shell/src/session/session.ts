const TOKEN_KEY = 'terugkeer.token';

/** The token lives for the browser tab only. */
export const session = {
  token: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  save: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
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
