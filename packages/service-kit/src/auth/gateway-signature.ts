import type { Mode } from '@terugkeer/env';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The header the gateway signs every subgraph call with: `<unix ms>.<request id, base64url>.<hmac>`. */
export const GATEWAY_SIGNATURE_HEADER = 'x-terugkeer-gateway-signature';
const MAX_AGE_MS = 60_000;

/** Where the shared secret comes from: the configured one, or in development a file of the data directory. */
export interface GatewaySecretSource {
  mode: Mode;
  gatewaySigningSecret: string | undefined;
  dataDir: string;
}

/**
 * The secret the gateway and the subgraphs share: GATEWAY_SIGNING_SECRET, or in development
 * a file in the data directory that the first process to need it creates.
 */
export function gatewaySecret({ mode, gatewaySigningSecret, dataDir }: GatewaySecretSource): Buffer {
  if (gatewaySigningSecret) return Buffer.from(gatewaySigningSecret, 'utf8');
  if (mode !== 'development') throw new Error('GATEWAY_SIGNING_SECRET is required in production mode.');
  const file = join(dataDir, 'keys', 'gateway-signing-secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch {
      // Another process created it first: use theirs.
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

/** What a signature binds: the call's request id, its exact body and the token it carries. */
export interface SignedCall {
  requestId: string;
  body: string;
  authorization: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
const mac = (secret: Buffer, timestamp: string, call: SignedCall) =>
  createHmac('sha256', secret).update(`${timestamp}.${call.requestId}.${sha256(call.body)}.${sha256(call.authorization)}`).digest('base64url');

export function signGatewayCall(secret: Buffer, call: SignedCall, now = Date.now()): string {
  const timestamp = String(now);
  return `${timestamp}.${Buffer.from(call.requestId).toString('base64url')}.${mac(secret, timestamp, call)}`;
}

export type SignatureCheck = 'SIGNED' | 'UNSIGNED' | 'INVALID';

/**
 * SIGNED: the gateway made this very call (this body, this token) within the last minute;
 * INVALID: someone tried and failed, or replayed a signature with another body or token.
 */
export function checkGatewaySignature(
  secret: Buffer,
  header: string | undefined,
  call: Omit<SignedCall, 'requestId'>,
  now = Date.now(),
): SignatureCheck {
  if (!header) return 'UNSIGNED';
  const [timestamp, encodedRequestId, signature, ...rest] = header.split('.');
  if (!timestamp || !encodedRequestId || !signature || rest.length > 0) return 'INVALID';
  const age = now - Number(timestamp);
  if (!Number.isFinite(age) || age < -MAX_AGE_MS || age > MAX_AGE_MS) return 'INVALID';
  const requestId = Buffer.from(encodedRequestId, 'base64url').toString('utf8');
  const expected = Buffer.from(mac(secret, timestamp, { ...call, requestId }));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? 'SIGNED' : 'INVALID';
}
