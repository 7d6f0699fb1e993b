import { gatewaySecret, GATEWAY_SIGNATURE_HEADER, signGatewayCall } from '@terugkeer/service-kit';
import { tokenFor } from '../support/gateway-client';

const caseSubgraph = () => `http://localhost:${process.env.CASE_PORT}/graphql`;

async function callCaseSubgraph(headers: Record<string, string>) {
  const response = await fetch(caseSubgraph(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('hr@demo.test')}`, ...headers },
    body: JSON.stringify({ query: '{ viewer { email } }' }),
  });
  return { status: response.status, body: await response.json() };
}

describe('calls from the gateway to a subgraph', () => {
  it('carry a signature the subgraph accepts; a forged or stale one is refused even with a valid token', async () => {
    const secret = gatewaySecret(process.env);
    const signed = await callCaseSubgraph({ [GATEWAY_SIGNATURE_HEADER]: signGatewayCall(secret, 'req-1'), 'x-request-id': 'req-1' });
    expect(signed.body.data.viewer.email).toBe('hr@demo.test');

    const forged = await callCaseSubgraph({ [GATEWAY_SIGNATURE_HEADER]: signGatewayCall(Buffer.from('guessed'), 'req-1') });
    expect(forged.status).toBe(401);
    expect(forged.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const stale = await callCaseSubgraph({ [GATEWAY_SIGNATURE_HEADER]: signGatewayCall(secret, 'req-1', Date.now() - 5 * 60_000) });
    expect(stale.status).toBe(401);
  });

  it('still need a valid user token when they bypass the gateway (development accepts them unsigned)', async () => {
    const unsigned = await callCaseSubgraph({});
    expect(unsigned.body.data.viewer.email).toBe('hr@demo.test');
    const noToken = await fetch(caseSubgraph(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { email } }' }) });
    expect(noToken.status).toBe(401);
  });
});
