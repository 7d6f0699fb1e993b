import { toolProgress, type ToolProgress } from '@terugkeer/service-kit';
import type { ImportProgress, ImportStep } from './import.service';

/** One progress bar per step of the import, each finished when the next begins. */
export function progressBars(): ImportProgress {
  let current: { step: ImportStep; bar: ToolProgress } | null = null;
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
