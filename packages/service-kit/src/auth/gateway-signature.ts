import type { Mode } from '@terugkeer/env';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The header the gateway signs every subgraph call with: `<unix ms>.<request id>.<hmac>`. */
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

const mac = (secret: Buffer, timestamp: string, requestId: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${requestId}`).digest('base64url');

export function signGatewayCall(secret: Buffer, requestId: string, now = Date.now()): string {
  const timestamp = String(now);
  return `${timestamp}.${requestId}.${mac(secret, timestamp, requestId)}`;
}

export type SignatureCheck = 'SIGNED' | 'UNSIGNED' | 'INVALID';

/** SIGNED: the gateway made this call within the last minute; INVALID: someone tried and failed. */
export function checkGatewaySignature(secret: Buffer, header: string | undefined, now = Date.now()): SignatureCheck {
  if (!header) return 'UNSIGNED';
  const [timestamp, requestId, signature] = header.split('.');
  if (!timestamp || !requestId || !signature) return 'INVALID';
  const age = now - Number(timestamp);
  if (!Number.isFinite(age) || age < -MAX_AGE_MS || age > MAX_AGE_MS) return 'INVALID';
  const expected = Buffer.from(mac(secret, timestamp, requestId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? 'SIGNED' : 'INVALID';
}
