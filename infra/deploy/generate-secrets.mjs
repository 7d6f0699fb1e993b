// Writes fresh secrets for a deployment into DIR: `.env` (from compose/production.env.example,
// with every database password, the gateway's signing secret filled in) and
// `secrets/gateway-signing-key.jwk.json`, the ES256 key the gateway signs its own tokens with.
//   node infra/deploy/generate-secrets.mjs DIR
// Kubernetes takes the same files: infra/deploy/README.md shows the `kubectl create secret` lines.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node infra/deploy/generate-secrets.mjs DIR');
  process.exit(2);
}
const envFile = join(dir, '.env');
if (existsSync(envFile)) {
  console.error(`${envFile} exists; remove it first (its passwords are in the database already).`);
  process.exit(1);
}

const secret = () => randomBytes(24).toString('base64url');
const template = readFileSync(new URL('./compose/production.env.example', import.meta.url), 'utf8');
const filled = template
  .replace(/^POSTGRES_PASSWORD=.*$/m, `POSTGRES_PASSWORD=${secret()}`)
  .replace(/^GATEWAY_SIGNING_SECRET=.*$/m, `GATEWAY_SIGNING_SECRET=${randomBytes(32).toString('base64url')}`)
  .replace(/(_DATABASE_URL=postgres:\/\/[a-z_]+:)change-me@/g, (_match, prefix) => `${prefix}${secret()}@`);

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: `terugkeer-${Date.now().toString(36)}`, alg: 'ES256' };

mkdirSync(join(dir, 'secrets'), { recursive: true, mode: 0o700 });
writeFileSync(envFile, filled, { mode: 0o600 });
writeFileSync(join(dir, 'secrets', 'gateway-signing-key.jwk.json'), JSON.stringify(jwk), { mode: 0o600 });
console.log(`wrote ${envFile} and ${join(dir, 'secrets', 'gateway-signing-key.jwk.json')}; fill in the addresses, the OpenID provider and SMTP.`);
