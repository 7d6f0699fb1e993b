import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { childEnvironment, type LauncherConfig } from '../config.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The browser tests drive Debian's Chromium (test tools may not download their own
 * browser here). Installs it with apt-get when missing and possible; otherwise says how.
 */
export function ensureChromium(config: Pick<LauncherConfig, 'chromiumPath'>, log: (message: string) => void): string | null {
  const configured = config.chromiumPath;
  if (configured) return existsSync(configured) ? configured : null;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;

  if (process.getuid?.() === 0 && hasAptGet()) {
    log('Chromium is missing; installing Debian\'s chromium with apt-get for the browser tests …');
    const env = childEnvironment({ DEBIAN_FRONTEND: 'noninteractive' });
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = CANDIDATES.find((path) => existsSync(path));
    if (installed) return installed;
  }
  log(
    'Chromium was not found, so the browser tests will fail. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  return null;
}

function hasAptGet(): boolean {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
