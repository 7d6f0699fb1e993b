import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { withKeptParameters } from './app-path';
import { navigate } from './use-app-route';

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

/** A real link (it opens in a new tab, can be copied and bookmarked) that moves within the app without a reload. */
export function AppLink({ to, onClick, ...rest }: AppLinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={withKeptParameters(to, typeof window === 'undefined' ? '' : window.location.search)} onClick={follow} {...rest} />;
}
