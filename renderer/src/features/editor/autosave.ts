/**
 * Autosave timing, kept apart from React so it can be tested with fake timers. Changes are saved at
 * most `delayMs` after the last one; a change that lands while a save is running is saved right after.
 */
export type SaveState = { kind: 'saved' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface AutosaveOptions {
  delayMs: number;
  save: () => Promise<void>;
  onState: (state: SaveState) => void;
  describeError?: (error: unknown) => string;
}

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private dirty = false;
  /** The state last reported, so a burst of keystrokes reports "dirty" once, not once per key. */
  private reported: SaveState['kind'] | null = null;

  constructor(private readonly options: AutosaveOptions) {}

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.running !== null;
  }

  /**
   * Call on every edit. Reporting "dirty" again on every key re-rendered the status bar (a React commit)
   * inside each keystroke's task; it is reported when the state changes to it.
   */
  changed(): void {
    this.dirty = true;
    if (this.reported !== 'dirty') this.report({ kind: 'dirty' });
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Saves now if anything is unsaved; resolves when everything up to this call is on disk. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.running) await this.running;
    if (!this.dirty) return;
    this.dirty = false;
    this.report({ kind: 'saving' });
    this.running = this.options
      .save()
      .then(() => this.report(this.dirty ? { kind: 'dirty' } : { kind: 'saved' }))
      .catch((error: unknown) => {
        // Keep the changes marked unsaved so the next edit or flush tries again.
        this.dirty = true;
        this.report({ kind: 'error', message: this.options.describeError?.(error) ?? String(error) });
      })
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }

  dispose(): void {
    this.clearTimer();
  }

  private report(state: SaveState): void {
    this.reported = state.kind;
    this.options.onState(state);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
