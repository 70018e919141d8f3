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

  constructor(private readonly options: AutosaveOptions) {}

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.running !== null;
  }

  /** Call on every edit. */
  changed(): void {
    this.dirty = true;
    this.options.onState({ kind: 'dirty' });
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Saves now if anything is unsaved; resolves when everything up to this call is on disk. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.running) await this.running;
    if (!this.dirty) return;
    this.dirty = false;
    this.options.onState({ kind: 'saving' });
    this.running = this.options
      .save()
      .then(() => this.options.onState(this.dirty ? { kind: 'dirty' } : { kind: 'saved' }))
      .catch((error: unknown) => {
        // Keep the changes marked unsaved so the next edit or flush tries again.
        this.dirty = true;
        this.options.onState({ kind: 'error', message: this.options.describeError?.(error) ?? String(error) });
      })
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }

  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
