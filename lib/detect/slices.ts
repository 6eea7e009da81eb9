/** Running detection's generators: straight through, or in slices that hand the main thread back. */

export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Hands the main thread back between slices: scheduler.yield where the browser has it, else a macrotask. */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Options of the time-sliced path. */
export interface SliceOptions {
  /** Longest stretch of work before the main thread is handed back (default 8 ms). */
  sliceMs?: number;
  /** Told the length of every slice: how benchmarks measure main-thread time and the longest task. */
  onSlice?: (ms: number) => void;
}

/** Runs `steps`, checking the clock at every yield, and pauses once a slice has run `sliceMs`. */
export async function runSliced<T>(
  steps: Generator<void, T>,
  { sliceMs = 8, onSlice }: SliceOptions,
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    if (step.done) {
      onSlice?.(now - sliceStart);
      return step.value;
    }
    if (now - sliceStart >= sliceMs) {
      onSlice?.(now - sliceStart);
      await pause();
      sliceStart = performance.now();
    }
  }
}
