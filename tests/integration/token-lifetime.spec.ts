import { graphql, tokenFor } from '../support/gateway-client';
import { claimsOf, signWithDevelopmentKey } from '../support/tokens';

const VIEWER = '{ viewer { id } }';
const now = () => Math.floor(Date.now() / 1000);

async function subgraphAnswer(port: string | undefined, token: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return response.status;
}

describe('a token must expire, and soon', () => {
  let issued: Record<string, unknown>;
  beforeAll(async () => {
    issued = claimsOf(await tokenFor('werknemer@demo.test'));
  });

  const variants: [string, () => Record<string, unknown>, number][] = [
    ['one minted like the platform mints them (control)', () => ({ ...issued, iat: now(), exp: now() + 3600 }), 200],
    ['one without an expiry', () => ({ ...issued, iat: now(), exp: undefined }), 401],
    ['one minted to live for thirty days', () => ({ ...issued, iat: now(), exp: now() + 30 * 24 * 3600 }), 401],
    ['one without iat that lives for a week', () => ({ ...issued, iat: undefined, exp: now() + 7 * 24 * 3600 }), 401],
  ];

  it.each(variants)('the gateway and every subgraph answer %s with %i', async (_, claims, status) => {
    const token = signWithDevelopmentKey(claims());
    expect((await graphql(token, VIEWER)).status).toBe(status);
    for (const port of [process.env.CASE_PORT, process.env.SCHEDULING_PORT, process.env.REPORTING_PORT]) {
      expect(await subgraphAnswer(port, token)).toBe(status);
    }
  });
});
