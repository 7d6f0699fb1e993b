import { logLevelVariable, modeVariable } from './mode';
import { path, port, secret, text } from './values';
import { variable } from './variables';

/** Variables several processes read, defined once so that each process reads them alike. */
export const sharedVariables = {
  mode: modeVariable,
  logLevel: logLevelVariable,
  host: variable('HOST', text().default('127.0.0.1')),
};

/** Where keys, the development secrets and the mail outbox live; defaults to the checkout's `.data`. */
export const dataDirVariable = (defaultDir: string) => variable('TERUGKEER_DATA_DIR', path().default(defaultDir));

/** Shared by the gateway and the subgraphs; at least 32 characters. */
export const gatewaySigningSecretVariable = variable('GATEWAY_SIGNING_SECRET', secret(32).optional(), { secret: true });

export const gatewayPortVariable = variable('GATEWAY_PORT', port().default(4000));

/** Issuer and audience of the gateway's own tokens, which the subgraphs verify. */
export const tokenVariables = {
  issuer: variable('AUTH_ISSUER', text().default('terugkeer-dev')),
  audience: variable('AUTH_AUDIENCE', text().default('terugkeer')),
};
