import { Suspense, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from '../class-names.js';
import { LoadingState } from './loading-state.js';

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

export interface TabsProps {
  /** Names the tab list for screen readers, e.g. "Weergave". */
  label: string;
  tabs: readonly TabItem[];
  /** Controlled selection; leave out and use `defaultSelectedId` for an uncontrolled set. */
  selectedId?: string;
  defaultSelectedId?: string;
  onSelect?: (id: string) => void;
  className?: string;
}

/** WAI-ARIA tabs with automatic activation: arrow keys, Home and End move and select. Panels mount on first view. */
export function Tabs({ label, tabs, selectedId, defaultSelectedId, onSelect, className }: TabsProps) {
  const baseId = useId();
  const [uncontrolledId, setUncontrolledId] = useState(defaultSelectedId ?? tabs[0]?.id);
  const activeId = selectedId ?? uncontrolledId;
  // A panel mounts when first shown and then stays, so its queries run only when wanted
  // and what was typed in it survives switching tabs.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set(activeId ? [activeId] : []));
  if (activeId && !visited.has(activeId)) setVisited(new Set([...visited, activeId]));
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const select = (id: string) => {
    setUncontrolledId(id);
    onSelect?.(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = tabs.findIndex((tab) => tab.id === activeId);
    const last = tabs.length - 1;
    const next = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const id = tabs[next].id;
    select(id);
    tabRefs.current.get(id)?.focus();
  };

  return (
    <div className={cx('tk-tabs', className)}>
      <div role="tablist" aria-label={label} className="tk-tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const selected = tab.id === activeId;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.id, element);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              className="tk-tabs__tab"
              onClick={() => select(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={tab.id !== activeId}
          tabIndex={0}
          className="tk-tabs__panel"
        >
          {/* A tab's screen may load when first shown; meanwhile only its own panel waits. */}
          {visited.has(tab.id) && <Suspense fallback={<LoadingState />}>{tab.content}</Suspense>}
        </div>
      ))}
    </div>
  );
}
