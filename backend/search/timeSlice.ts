/**
 * Long index work runs on the main process's event loop, which also answers every IPC call. It is cut
 * into slices of a few milliseconds with a setImmediate between them, so a save or a list request
 * waits at most one slice.
 */
export const SLICE_MS = 8;

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class TimeSlicer {
  private started = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** True when the current slice is used up; the caller then awaits `pause()`. */
  due(): boolean {
    return performance.now() - this.started >= this.sliceMs;
  }

  async pause(): Promise<void> {
    await nextTurn();
    this.started = performance.now();
  }
}

/** Drives a generator that yields at safe points, pausing between slices. */
export async function runSliced<T>(steps: Generator<void, T>, slicer = new TimeSlicer()): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer.due()) await slicer.pause();
  }
}
