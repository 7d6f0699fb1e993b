import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The claims of a token the platform issued, read without verifying (the test trusts its own platform). */
export function claimsOf(token: string): Record<string, unknown> {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/**
 * Signs claims with the development issuer's own key from the test platform's data
 * directory, so a test can present tokens the gateway would never mint (no expiry, a
 * lifetime of months) and see them refused for what they say, not for their signature.
 */
export function signWithDevelopmentKey(claims: Record<string, unknown>): string {
  const dataDir = process.env.TERUGKEER_DATA_DIR;
  if (!dataDir) throw new Error('TERUGKEER_DATA_DIR is not set: run these tests through `npm test`.');
  const jwk = JSON.parse(readFileSync(join(dataDir, 'keys', 'dev-issuer.jwk.json'), 'utf8')) as { kid: string };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'ES256', kid: jwk.kid, typ: 'JWT' })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(input), { key: createPrivateKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}
