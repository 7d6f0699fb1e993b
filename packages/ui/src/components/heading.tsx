import { createContext, useContext, type ComponentPropsWithRef, type ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The level the next heading takes. The outermost `Page` holds the one h1; every `Page`,
 * `Section` and titled `Card` puts its own title at this level and what it contains one
 * deeper, so a component fits the outline wherever it is placed (a tab's page inside a case
 * page becomes a section of it) and no level is skipped.
 */
const HeadingLevelContext = createContext<HeadingLevel>(1);

export const useHeadingLevel = (): HeadingLevel => useContext(HeadingLevelContext);

const deeper = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/** Everything inside sits one level below the heading at `level`. */
export function BelowHeading({ level, children }: { level: HeadingLevel; children: ReactNode }) {
  return <HeadingLevelContext.Provider value={deeper(level)}>{children}</HeadingLevelContext.Provider>;
}

export interface HeadingProps extends ComponentPropsWithRef<'h2'> {
  /** Overrides the level the outline gives; rarely needed. */
  level?: HeadingLevel;
}

/** A heading at the level the surrounding outline gives it. */
export function Heading({ level, ...rest }: HeadingProps) {
  const outline = useHeadingLevel();
  const Tag = `h${level ?? outline}` as const;
  return <Tag {...rest} />;
}
