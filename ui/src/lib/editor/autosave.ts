// Saves a draft shortly after the user stops typing, one save at a time, and says where it stands.
// Framework-free so it is tested with fake timers; the editor wires it to its form and the IPC.

export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'failed';

export interface AutosaveOptions {
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /** Writes the current content; rejects on failure. */
  save: () => Promise<void>;
  /** Whether a failure means someone else saved first (then autosave stops until resolved). */
  isConflict: (error: unknown) => boolean;
  onState: (state: SaveState, error: unknown) => void;
}

export class Autosave {
  #opts: AutosaveOptions;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight: Promise<void> | null = null;
  #dirty = false;
  #state: SaveState = 'saved';

  constructor(opts: AutosaveOptions) {
    this.#opts = opts;
  }

  get state(): SaveState {
    return this.#state;
  }

  /** Something was edited: save after the quiet time (restarted by every change). */
  changed(): void {
    this.#dirty = true;
    if (this.#state === 'conflict') return;
    if (this.#state !== 'saving') this.#set('pending');
    this.#schedule();
  }

  /** Saves now what is pending and waits for it (before closing, leaving or a history restore). */
  async flush(): Promise<void> {
    this.#clearTimer();
    if (this.#inFlight) await this.#inFlight.catch(() => undefined);
    if (this.#dirty && this.#state !== 'conflict') await this.#run();
  }

  /** After a conflict is settled (reloaded, or the user chose to keep theirs): start again. */
  resume(dirty: boolean): void {
    this.#dirty = dirty;
    this.#set(dirty ? 'pending' : 'saved');
    if (dirty) this.#schedule();
  }

  dispose(): void {
    this.#clearTimer();
  }

  #schedule(): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#run();
    }, this.#opts.delayMs);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #run(): Promise<void> {
    if (this.#inFlight) return; // the save in flight reschedules when it ends
    this.#dirty = false;
    this.#set('saving');
    const attempt = this.#opts.save();
    this.#inFlight = attempt;
    try {
      await attempt;
      this.#inFlight = null;
      if (this.#dirty) {
        this.#set('pending');
        this.#schedule();
      } else {
        this.#set('saved');
      }
    } catch (error) {
      this.#inFlight = null;
      this.#dirty = true;
      this.#set(this.#opts.isConflict(error) ? 'conflict' : 'failed', error);
    }
  }

  #set(state: SaveState, error: unknown = null): void {
    this.#state = state;
    this.#opts.onState(state, error);
  }
}
