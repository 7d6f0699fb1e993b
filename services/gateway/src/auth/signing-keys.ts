import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SigningKeys {
  privateKey: CryptoKey;
  publicJwks: { keys: JWK[] };
  keyId: string;
}

const ALGORITHM = 'ES256';

/** The development issuer's key pair, generated once into the data directory and reused. */
export async function loadOrCreateSigningKeys(dataDir: string): Promise<SigningKeys> {
  const dir = join(dataDir, 'keys');
  const file = join(dir, 'dev-issuer.jwk.json');
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const jwk = await exportJWK(privateKey);
    jwk.kid = `dev-${Date.now().toString(36)}`;
    jwk.alg = ALGORITHM;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  const privateJwk: JWK = JSON.parse(readFileSync(file, 'utf8'));
  const { d: _secret, ...publicJwk } = privateJwk;
  return {
    privateKey: (await importJWK(privateJwk, ALGORITHM)) as CryptoKey,
    publicJwks: { keys: [{ ...publicJwk, use: 'sig' }] },
    keyId: privateJwk.kid!,
  };
}
