import { loadRemote, registerRemotes } from '@module-federation/runtime';
import type { ComponentType } from 'react';
import type { RemoteName, RuntimeConfig } from '../runtime-config';

let registered = false;

/** Points the federation runtime at the remotes named in /config.js, once. */
function register(config: RuntimeConfig): void {
  if (registered) return;
  registerRemotes(
    (Object.keys(config.remotes) as RemoteName[]).map((name) => ({
      name,
      entry: config.remotes[name],
      type: 'module',
      entryGlobalName: name,
    })),
    { force: true },
  );
  registered = true;
}

export async function loadRemoteApp(name: RemoteName, config: RuntimeConfig): Promise<ComponentType> {
  register(config);
  const module = await loadRemote<{ default: ComponentType }>(`${name}/App`);
  if (!module?.default) throw new Error(`The ${name} remote did not expose an App.`);
  return module.default;
}
