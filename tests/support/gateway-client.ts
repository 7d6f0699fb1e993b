/** Talks to the running platform's gateway the way any client does. */
export const gatewayUrl = () => {
  const url = process.env.GATEWAY_URL;
  if (!url) throw new Error('GATEWAY_URL is not set: run these tests through `npm test`.');
  return url;
};

export async function tokenFor(email: string): Promise<string> {
  const response = await fetch(`${gatewayUrl()}/auth/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`No token for ${email}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = any>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${gatewayUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export async function graphqlAs<T = any>(email: string, query: string, variables?: Record<string, unknown>) {
  return graphql<T>(await tokenFor(email), query, variables);
}
