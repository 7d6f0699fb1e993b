import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { MAIN_ID } from './page.js';

export interface SkipLinkProps extends Omit<ComponentPropsWithRef<'a'>, 'href'> {
  /** Id of the element to jump to; `Page` uses `tk-main` by default. */
  targetId?: string;
}

export function SkipLink({ targetId = MAIN_ID, className, children, ...rest }: SkipLinkProps) {
  const t = useT(uiMessages);
  return (
    <a href={`#${targetId}`} className={cx('tk-skip-link', className)} {...rest}>
      {children ?? t('skipToContent')}
    </a>
  );
}
