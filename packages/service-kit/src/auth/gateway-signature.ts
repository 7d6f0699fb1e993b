import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The header the gateway signs every subgraph call with: `<unix ms>.<request id>.<hmac>`. */
export const GATEWAY_SIGNATURE_HEADER = 'x-terugkeer-gateway-signature';
const MAX_AGE_MS = 60_000;

/**
 * The secret the gateway and the subgraphs share: GATEWAY_SIGNING_SECRET, or a file in the
 * data directory that the first process to need it creates.
 */
export function gatewaySecret(env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.GATEWAY_SIGNING_SECRET) return Buffer.from(env.GATEWAY_SIGNING_SECRET, 'utf8');
  const file = join(env.TERUGKEER_DATA_DIR ?? resolve(process.cwd(), '.data'), 'keys', 'gateway-signing-secret');
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
