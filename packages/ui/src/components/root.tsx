import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import { useLocale } from '../i18n/i18n-provider.js';

export type RootProps = ComponentPropsWithRef<'div'>;

/** Scopes the design system's styles and carries `lang` for the current locale. Place inside `I18nProvider`. */
export function Root({ className, ...rest }: RootProps) {
  const { locale } = useLocale();
  return <div lang={locale} className={cx('tk-root', className)} {...rest} />;
}
