import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, isLocale, type Locale } from './locale.js';

export interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

/** Fired on window so every provider on the page (host and remotes) follows one choice. */
const LOCALE_EVENT = 'terugkeer:locale';

export const LocaleContext = createContext<LocaleContextValue>({
  locale: DEFAULT_LOCALE,
  setLocale: () => {
    throw new Error('setLocale needs an <I18nProvider> above it');
  },
});

// Storage can throw (private mode, blocked cookies); the choice then lasts for the session only.
function readStoredLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Keep working in memory.
  }
}

export interface I18nProviderProps {
  /** Language to start in when the person has not chosen one on this device yet. Defaults to 'nl'. */
  locale?: Locale;
  children: ReactNode;
}

export function I18nProvider({ locale: initialLocale = DEFAULT_LOCALE, children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => readStoredLocale() ?? initialLocale);

  useEffect(() => {
    const follow = (next: unknown) => {
      if (isLocale(next)) setLocaleState(next);
    };
    const onLocaleEvent = (event: Event) => follow((event as CustomEvent<Locale>).detail);
    const onStorage = (event: StorageEvent) => {
      if (event.key === LOCALE_STORAGE_KEY) follow(event.newValue);
    };
    window.addEventListener(LOCALE_EVENT, onLocaleEvent);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(LOCALE_EVENT, onLocaleEvent);
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
    window.dispatchEvent(new CustomEvent<Locale>(LOCALE_EVENT, { detail: next }));
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}
