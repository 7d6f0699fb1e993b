import { gatewaySecret, GATEWAY_SIGNATURE_HEADER, readServiceConfig, signGatewayCall } from '@terugkeer/service-kit';
import { tokenFor } from '../support/gateway-client';

const caseSubgraph = () => `http://localhost:${process.env.CASE_PORT}/graphql`;
const VIEWER = JSON.stringify({ query: '{ viewer { email } }' });

async function callCaseSubgraph(authorization: string, headers: Record<string, string>, body = VIEWER) {
  const response = await fetch(caseSubgraph(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization, ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('calls from the gateway to a subgraph', () => {
  let authorization: string;
  beforeAll(async () => {
    authorization = `Bearer ${await tokenFor('hr@demo.test')}`;
  });
  const sign = (secret: Buffer, overrides: { body?: string; authorization?: string; at?: number } = {}) => ({
    [GATEWAY_SIGNATURE_HEADER]: signGatewayCall(secret, { requestId: 'req-1', body: overrides.body ?? VIEWER, authorization: overrides.authorization ?? authorization }, overrides.at),
    'x-request-id': 'req-1',
  });

  it('carry a signature over body and token that the subgraph accepts', async () => {
    const signed = await callCaseSubgraph(authorization, sign(gatewaySecret(readServiceConfig('case'))));
    expect(signed.body.data.viewer.email).toBe('hr@demo.test');
  });

  it.each([
    ['forged with a guessed secret', () => sign(Buffer.from('guessed')), () => VIEWER, () => authorization],
    ['stale', () => sign(gatewaySecret(readServiceConfig('case')), { at: Date.now() - 5 * 60_000 }), () => VIEWER, () => authorization],
    ['replayed with another body', () => sign(gatewaySecret(readServiceConfig('case'))), () => JSON.stringify({ query: '{ viewer { id email } }' }), () => authorization],
  ])('are refused when the signature is %s, even with a valid token', async (_, headers, body, token) => {
    const refused = await callCaseSubgraph(token(), headers(), body());
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('are refused when a signature is replayed with another valid token', async () => {
    const other = `Bearer ${await tokenFor('werknemer@demo.test')}`;
    const replayed = await callCaseSubgraph(other, sign(gatewaySecret(readServiceConfig('case'))));
    expect(replayed.status).toBe(401);
  });

  it('still need a valid user token when they bypass the gateway (development accepts them unsigned)', async () => {
    const unsigned = await callCaseSubgraph(authorization, {});
    expect(unsigned.body.data.viewer.email).toBe('hr@demo.test');
    const noToken = await fetch(caseSubgraph(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: VIEWER });
    expect(noToken.status).toBe(401);
  });
});
