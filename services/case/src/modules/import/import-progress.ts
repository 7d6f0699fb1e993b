import { toolProgress, type ToolProgress } from '@terugkeer/service-kit';
import type { ImportProgress, ImportStep } from './import.service';

/** Below this many rows an import is over before a bar would tell anything; it stays silent. */
const PROGRESS_FROM_ROWS = 5000;

/** One progress bar per step of an import (or of generated dossiers) of `rows` rows, each finished when the next begins. */
export function progressBars<Step extends string = ImportStep>(rows: number): (step: Step, done: number, total: number) => void {
  if (rows < PROGRESS_FROM_ROWS) return () => undefined;
  let current: { step: Step; bar: ToolProgress } | null = null;
  return (step, done, total) => {
    if (current?.step !== step) {
      current?.bar.finish();
      current = { step, bar: toolProgress(step.padEnd(12), total) };
    }
    current.bar.update(done);
    if (done === total) {
      current.bar.finish();
      current = null;
    }
  };
}

/** Each step's time, from its first progress report to its last, for the command's summary and the benchmark. */
export function stepTimes(report: ImportProgress): { progress: ImportProgress; seconds: () => Partial<Record<ImportStep, number>> } {
  const spans = new Map<ImportStep, { from: number; to: number }>();
  return {
    progress: (step, done, total) => {
      const now = performance.now();
      const span = spans.get(step);
      if (span) span.to = now;
      else spans.set(step, { from: now, to: now });
      report(step, done, total);
    },
    seconds: () => Object.fromEntries([...spans].map(([step, { from, to }]) => [step, Math.round(to - from) / 1000])),
  };
}
