import { useEffect, useRef, useState } from 'react';

/**
 * Tabs that a to-do can open. After `open`, focus moves to the opened tab, so keyboard and
 * screen-reader users land where they were sent rather than on a button that just vanished.
 */
export function useOpenedTab<T extends string>(initial: T) {
  const [tab, setTab] = useState<string>(initial);
  const opened = useRef(false);
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!opened.current) return;
    opened.current = false;
    containerRef.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [tab]);

  const open = (target: T) => {
    opened.current = true;
    setTab(target);
  };
  return { tab, setTab, open, containerRef };
}
