import { lazy, type ComponentType } from 'react';

/**
 * A screen that loads when it is first shown, from the module that exports it by name: a
 * remote's first load then carries its first screen only. Show it inside a Suspense
 * boundary (every tab panel is one).
 */
export function lazyScreen<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] as Module[Name] & ComponentType<any> }));
}
