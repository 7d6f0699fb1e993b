import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const servicesDir = resolve(repoRoot, 'services');
export const frontendsDir = resolve(repoRoot, 'frontends');
