/**
 * Sends the newest of a stream of states, at most once per `intervalMs`: the first at once, then the
 * latest of each interval when it ends. For this window's presence: the caret moves on every keystroke,
 * and a call to main per key (each re-sent to the desk) cost the typist more than the others gain from
 * seeing the caret sooner than a few times a second. A state sent is never older than one already sent.
 */
export class LatestSender<T> {
  private waiting: { state: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(
    private readonly send: (state: T) => void,
    private readonly intervalMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  offer(state: T): void {
    if (this.stopped) return;
    this.waiting = { state };
    if (this.timer) return;
    const wait = this.lastSentAt + this.intervalMs - this.now();
    if (wait <= 0) this.release();
    else this.timer = setTimeout(() => this.release(), wait);
  }

  /** Drops what waits and sends nothing more (the caller sends its last word itself). */
  stop(): void {
    this.stopped = true;
    this.waiting = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private release(): void {
    this.timer = null;
    const waiting = this.waiting;
    this.waiting = null;
    if (!waiting || this.stopped) return;
    this.lastSentAt = this.now();
    this.send(waiting.state);
  }
}
