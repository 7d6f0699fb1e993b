import { useCallback } from 'react';
import { useLocale } from './i18n-provider.js';
import { interpolate, type Messages, type Translate } from './messages.js';

/** Returns `t(key, params?)` for the current locale; `t` changes identity when the locale does. */
export function useT<M extends Messages>(messages: M): Translate<M> {
  const { locale } = useLocale();
  return useCallback((key: keyof M & string, params?: Record<string, string | number>) => interpolate(messages[key][locale], params), [messages, locale]);
}
