import { checkGatewaySignature, signGatewayCall } from './gateway-signature';

const secret = Buffer.from('a shared secret');
const call = { requestId: 'req-1', body: '{"query":"{ viewer { id } }"}', authorization: 'Bearer a.b.c' };
const { requestId: _, ...received } = call;

describe('gateway signatures', () => {
  it.each([
    ['a fresh signature', (s: string) => s, received, 0, 'SIGNED'],
    ['no header', () => undefined, received, 0, 'UNSIGNED'],
    ['a signature a minute and a half old', (s: string) => s, received, 90_000, 'INVALID'],
    ['another request id', (s: string) => s.replace(Buffer.from('req-1').toString('base64url'), Buffer.from('req-2').toString('base64url')), received, 0, 'INVALID'],
    ['the same signature on another body', (s: string) => s, { ...received, body: '{"query":"mutation { x }"}' }, 0, 'INVALID'],
    ['the same signature with another token', (s: string) => s, { ...received, authorization: 'Bearer x.y.z' }, 0, 'INVALID'],
    ['a forged mac', (s: string) => `${s.slice(0, -4)}AAAA`, received, 0, 'INVALID'],
    ['garbage', () => 'not.a-signature', received, 0, 'INVALID'],
    ['too many parts', (s: string) => `${s}.extra`, received, 0, 'INVALID'],
  ] as const)('%s', (_name, change, given, delay, expected) => {
    const signed = signGatewayCall(secret, call, 1_000_000);
    expect(checkGatewaySignature(secret, change(signed), given, 1_000_000 + delay)).toBe(expected);
  });

  it('does not accept a signature made with another secret', () => {
    expect(checkGatewaySignature(secret, signGatewayCall(Buffer.from('other'), call), received)).toBe('INVALID');
  });

  it('carries a request id with dots and other characters safely', () => {
    const odd = { ...call, requestId: 'a.b.c/ä' };
    expect(checkGatewaySignature(secret, signGatewayCall(secret, odd), received)).toBe('SIGNED');
  });
});
