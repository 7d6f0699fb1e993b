import { useEffect, useState } from 'react';

/** A to-do's request to show one case; a new object each time, so asking twice works. */
export interface CaseRequest {
  caseId: string;
}

/** The case a screen shows: the coach's own choice, or the last one a to-do asked for. */
export function useChosenCase(request: CaseRequest | null | undefined) {
  const [chosen, setChosen] = useState(request?.caseId ?? '');
  useEffect(() => {
    if (request) setChosen(request.caseId);
  }, [request]);
  return [chosen, setChosen] as const;
}
