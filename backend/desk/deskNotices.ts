/**
 * What the desk tells the window, main → renderer: `status` (the status bar's line changed), `library`
 * (the list changed), `entry:<id>` (that article's row changed or
 * arrived), `desk` (a desk started or stopped: the open editor binds or unbinds), `presence`
 * (someone opened or left a shared story: the library's rows ask who is in which), or an
 * article's id (a change from the desk reached its Y.Doc: an open editor pulls it). A notice carries
 * no data: the window asks for what it lacks through a checked channel, by state vector, so a notice
 * dropped or merged loses nothing. A burst (a first sync, fifty typists) is sent once per `delayMs`.
 */
export class DeskNotices {
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<(notice: string) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly delayMs = 20) {}

  post(notice: string): void {
    this.pending.add(notice);
    if (this.timer) return;
    this.timer = setTimeout(() => this.deliver(), this.delayMs);
    this.timer.unref?.();
  }

  subscribe(listener: (notice: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private deliver(): void {
    this.timer = null;
    const notices = [...this.pending];
    this.pending.clear();
    for (const notice of notices) for (const listener of this.listeners) listener(notice);
  }
}
