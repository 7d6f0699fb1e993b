import { useId } from 'react';

/** A per-instance id that is safe inside `url(#…)`; React's ids contain characters that are not. */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^\w-]/g, '')}`;
}
