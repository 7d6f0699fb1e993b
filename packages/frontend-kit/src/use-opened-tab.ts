import { useEffect, useRef } from 'react';

/**
 * Tabs that a to-do can open. Call `opening()` before moving to the to-do's tab: once it
 * is selected, focus moves onto it, so keyboard and screen-reader users land where they
 * were sent rather than on a button that just vanished.
 */
export function useOpenedTab(selected: string) {
  const opened = useRef(false);
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!opened.current) return;
    opened.current = false;
    containerRef.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [selected]);

  const opening = () => {
    opened.current = true;
  };
  return { containerRef, opening };
}
