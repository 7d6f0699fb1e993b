/** A signal as the form holds it: the lists as text, one item per line. */
export interface SignalDraft {
  id: string | null;
  description: string;
  actions: string;
  asks: string;
}

export interface RelapsePlanDraft {
  signals: SignalDraft[];
  normalisationStatement: string;
}

interface PlanVersion {
  normalisationStatement: string;
  signals: readonly { id: string; description: string; actions: readonly string[]; asks: readonly string[] }[];
}

export const emptySignal = (): SignalDraft => ({ id: null, description: '', actions: '', asks: '' });

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The form's starting point: the latest version, or one empty signal and the given statement. */
export function draftOf(latest: PlanVersion | null | undefined, defaultStatement: string): RelapsePlanDraft {
  if (!latest) return { signals: [emptySignal()], normalisationStatement: defaultStatement };
  return {
    normalisationStatement: latest.normalisationStatement,
    signals: latest.signals.map((signal) => ({
      id: signal.id,
      description: signal.description,
      actions: signal.actions.join('\n'),
      asks: signal.asks.join('\n'),
    })),
  };
}

/** What the save mutation receives: empty lines dropped, so a list is what the writer sees. */
export function inputOf(draft: RelapsePlanDraft) {
  return {
    normalisationStatement: draft.normalisationStatement,
    signals: draft.signals.map((signal) => ({ id: signal.id, description: signal.description, actions: lines(signal.actions), asks: lines(signal.asks) })),
  };
}
