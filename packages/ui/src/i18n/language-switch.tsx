import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import { uiMessages } from '../ui-messages.js';
import { useLocale } from './i18n-provider.js';
import { LOCALES, type Locale } from './locale.js';
import { useT } from './use-t.js';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const NATIVE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

export type LanguageSwitchProps = Omit<ComponentPropsWithRef<'div'>, 'children'>;

export function LanguageSwitch({ className, ...rest }: LanguageSwitchProps) {
  const { locale, setLocale } = useLocale();
  const t = useT(uiMessages);
  return (
    <div role="group" aria-label={t('language')} className={cx('tk-language-switch', className)} {...rest}>
      {LOCALES.map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={option === locale} onClick={() => setLocale(option)}>
          {NATIVE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
