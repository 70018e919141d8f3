/**
 * How often keystrokes in a shared article reach its JSON file (the library row, search, exports): each
 * edit is durable in the replica's log before the window hears "saved", so the projection only follows.
 * Projected per key, typing cost a store save, a search re-index and a library notice per character.
 */
export const EDITS_PROJECTED_EVERY_MS = 300;

/**
 * The articles whose Y.Doc changed and whose JSON file has yet to follow (DeskSync projects them). Runs
 * one pass at a time, after the current event-loop turn, so a burst of updates costs one save per article;
 * typed edits wait up to `EDITS_PROJECTED_EVERY_MS` for theirs.
 */
export class ProjectionQueue {
  private readonly dirty = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `project` saves the given articles; `failed` and `passed` hear how each pass went. */
  constructor(
    private readonly project: (ids: string[]) => Promise<void>,
    private readonly failed: (error: Error) => void,
    private readonly passed: () => void,
  ) {}

  /** True while an article waits for a pass to start (a pass under way has taken its articles). */
  get waiting(): boolean {
    return this.dirty.size > 0;
  }

  /** `afterMs`: at most this long from now, with whatever else is dirty by then (0: after this turn). */
  schedule(id: string, afterMs = 0): void {
    this.dirty.add(id);
    if (afterMs === 0) this.kick();
    else
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.kick();
      }, afterMs);
    this.timer?.unref?.();
  }

  /** Resolves when the passes started so far are done; what waits on the timer is projected now. */
  settled(): Promise<void> {
    if (this.timer) this.kick();
    return this.running;
  }

  /** The passes started so far; what waits on the timer keeps waiting. */
  get current(): Promise<void> {
    return this.running;
  }

  private kick(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running
      .then(() => new Promise<void>((r) => setImmediate(r)))
      .then(() => {
        const ids = [...this.dirty];
        this.dirty.clear();
        return this.project(ids);
      })
      .catch((error: unknown) => this.failed(error as Error));
    void this.running.then(() => this.passed());
  }
}
