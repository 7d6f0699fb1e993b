import { checkGatewaySignature, signGatewayCall } from './gateway-signature';

const secret = Buffer.from('a shared secret');

describe('gateway signatures', () => {
  it.each([
    ['a fresh signature', (s: string) => s, 0, 'SIGNED'],
    ['no header', () => undefined, 0, 'UNSIGNED'],
    ['a signature a minute and a half old', (s: string) => s, 90_000, 'INVALID'],
    ['another request id', (s: string) => s.replace('req-1', 'req-2'), 0, 'INVALID'],
    ['a forged mac', (s: string) => `${s.slice(0, -4)}AAAA`, 0, 'INVALID'],
    ['garbage', () => 'not.a-signature', 0, 'INVALID'],
  ] as const)('%s', (_name, change, delay, expected) => {
    const signed = signGatewayCall(secret, 'req-1', 1_000_000);
    expect(checkGatewaySignature(secret, change(signed), 1_000_000 + delay)).toBe(expected);
  });

  it('does not accept a signature made with another secret', () => {
    expect(checkGatewaySignature(secret, signGatewayCall(Buffer.from('other'), 'req-1'))).toBe('INVALID');
  });
});
