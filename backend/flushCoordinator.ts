/**
 * Lets the main process wait for the window to save what it has before quitting: main asks (a menu
 * command), the renderer flushes and answers on the `savesFlushed` channel, and main goes on when the
 * answer comes or the timeout passes.
 */
export class FlushCoordinator {
  private waiters: Array<() => void> = [];

  /** Resolves true when the renderer answered, false on timeout. */
  waitForRenderer(ask: () => void, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (answered: boolean) => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== onAnswer);
        resolve(answered);
      };
      const onAnswer = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.push(onAnswer);
      ask();
    });
  }

  /** The renderer's answer: everything it had is saved. */
  flushed(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
