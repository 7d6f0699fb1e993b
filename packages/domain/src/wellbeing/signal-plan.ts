/** An early warning sign the employee recognises in themself, with what to do when it shows. */
export interface Signal {
  id: string;
  description: string;
  actions: string[];
}

export interface SignalPlan {
  signals: Signal[];
}

/** Actions of the noticed signals, in plan order, each action once. */
export function actionsForSignals(plan: SignalPlan, noticedSignalIds: readonly string[]): string[] {
  const noticed = new Set(noticedSignalIds);
  const actions = plan.signals.filter((signal) => noticed.has(signal.id)).flatMap((signal) => signal.actions);
  return [...new Set(actions)];
}
