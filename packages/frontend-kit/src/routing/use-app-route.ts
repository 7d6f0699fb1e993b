import { useSyncExternalStore } from 'react';
import { parseAppPath, withKeptParameters, type AppRoute } from './app-path';

/**
 * The shell and each remote bundle their own copy of this module, so they keep in step
 * through the browser's history and one window event, not through shared state.
 */
const NAVIGATED = 'terugkeer:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** The path of the address bar, kept current on links, back and forward. */
export function useAppPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function useAppRoute(): AppRoute {
  return parseAppPath(useAppPath());
}

/** Moves to another screen of the app; `replace` for a correction that should not become a history step. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  const target = withKeptParameters(path, window.location.search);
  if (target === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  window.dispatchEvent(new Event(NAVIGATED));
}
