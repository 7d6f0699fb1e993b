import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const REPOSITORY_ROOT = join(__dirname, '..', '..');

/** A path from the repository root with forward slashes, as messages and exception lists spell it. */
export const fromRoot = (path: string): string => relative(REPOSITORY_ROOT, path).split(sep).join('/');

/** The directories under services/ that have a `src`. */
export function serviceDirectories(): string[] {
  const services = join(REPOSITORY_ROOT, 'services');
  return readdirSync(services)
    .map((name) => join(services, name))
    .filter((dir) => existsSync(join(dir, 'src')))
    .sort();
}

/** Every TypeScript file under `dir`, in a stable order. */
export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : typeScriptFiles(path);
      return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
}
