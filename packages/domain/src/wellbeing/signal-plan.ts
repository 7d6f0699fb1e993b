/**
 * An early warning sign in the employee's own words, with what they do themself when it shows
 * (`actions`) and what they ask of others then (`asks`: the manager, colleagues, the coach).
 */
export interface Signal {
  id: string;
  description: string;
  actions: string[];
  asks: string[];
}

export interface SignalPlan {
  signals: Signal[];
}

function uniqueOfNoticed(plan: SignalPlan, noticedSignalIds: readonly string[], pick: (signal: Signal) => string[]): string[] {
  const noticed = new Set(noticedSignalIds);
  return [...new Set(plan.signals.filter((signal) => noticed.has(signal.id)).flatMap(pick))];
}

/** What the employee does for the noticed signals, in plan order, each action once. */
export function actionsForSignals(plan: SignalPlan, noticedSignalIds: readonly string[]): string[] {
  return uniqueOfNoticed(plan, noticedSignalIds, (signal) => signal.actions);
}

/** What the employee asks of others for the noticed signals, in plan order, each request once. */
export function asksForSignals(plan: SignalPlan, noticedSignalIds: readonly string[]): string[] {
  return uniqueOfNoticed(plan, noticedSignalIds, (signal) => signal.asks);
}
