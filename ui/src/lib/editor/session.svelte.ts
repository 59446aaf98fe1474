// The open declaration as the editor works on it: the stored draft, the document being edited,
// its findings, autosave and the conflict when someone else saved first. Framework state only;
// the components draw it and call its methods.
import { commands, toAppError, type AppError, type CheckedDraft, type Declaration, type Draft, type DraftScreening, type DraftStatus, type Finding, type HeaderInput } from '../ipc';
import { Autosave, type SaveState } from './autosave';

export interface SessionOptions {
  /** Quiet time after the last keystroke before an autosave. */
  delayMs: number;
  /** The reference of the user's version kept as a copy in a conflict ("LRD-1 (your version)"). */
  yourVersion: (reference: string) => string;
  /** Left during a conflict: the user's version was kept as the draft `copy`. */
  onKeptCopy?: (copy: string, original: string) => void;
}

export class EditorSession {
  /** The draft as stored: id, revision, status, times (its declaration is the one last opened). */
  draft = $state<Draft | null>(null);
  /** The declaration being edited; saved as typed, shortly after typing stops. */
  doc = $state<Declaration | null>(null);
  /** What the rules say about the last saved revision. */
  findings = $state<Finding[]>([]);
  saveState = $state<SaveState>('saved');
  /** A failure to show: a conflict, a save that failed, a draft that is gone. */
  error = $state<AppError | null>(null);
  loading = $state(false);
  /** Fields holding text that is not a valid value yet (shown, not saved), by path. */
  invalid = $state<Record<string, true>>({});
  /** Counts the drafts shown as stored, so forms that copy from the draft know to copy again. */
  shown = $state(0);
  /** The parties of the last saved revision as screened against the watchlists (in the background). */
  screening = $state<DraftScreening | null>(null);
  /** Why the parties could not be screened (no list imported, a database failure). */
  screeningProblem = $state<AppError | null>(null);
  screeningBusy = $state(false);
  #screenAsked = 0;

  readonly #opts: SessionOptions;
  readonly #autosave: Autosave;

  constructor(opts: SessionOptions) {
    this.#opts = opts;
    this.#autosave = new Autosave({
      delayMs: opts.delayMs,
      save: () => this.#save(),
      isConflict: (e) => toAppError(e).code === 'conflict',
      onState: (state, e) => {
        this.saveState = state;
        this.error = state === 'failed' || state === 'conflict' ? toAppError(e) : null;
      },
    });
  }

  get errors(): number {
    return this.findings.filter((f) => f.severity === 'error').length;
  }

  get anyInvalid(): boolean {
    return Object.keys(this.invalid).length > 0;
  }

  get gone(): boolean {
    return this.error?.code === 'draft_not_found';
  }

  async open(id: string): Promise<void> {
    this.loading = true;
    try {
      this.show(await commands.getDraft(id));
    } catch (raw) {
      this.error = toAppError(raw);
    } finally {
      this.loading = false;
    }
  }

  /** Creates the draft from its header; a refused field comes back as the error. */
  async create(header: HeaderInput): Promise<AppError | null> {
    try {
      this.show(await commands.createDraft(header));
      return null;
    } catch (raw) {
      return toAppError(raw);
    }
  }

  /** Shows a draft as the backend sent it (opened, created, restored or reloaded). */
  show(checked: CheckedDraft): void {
    this.draft = checked.draft;
    this.doc = structuredClone(checked.draft.declaration);
    this.findings = checked.findings;
    this.shown++;
    this.screen();
  }

  /**
   * Screens the saved revision's parties in the background: nothing waits for it, and only the
   * answer to the latest request is kept.
   */
  screen(): void {
    const id = this.draft?.id;
    if (!id || typeof commands.screenDraft !== 'function') return;
    const n = ++this.#screenAsked;
    this.screeningBusy = true;
    commands
      .screenDraft(id)
      .then((r) => {
        if (n !== this.#screenAsked) return;
        this.screening = r;
        this.screeningProblem = null;
        // The saved revision's findings as the decisions now stand (a true match just decided
        // is its blocking error at once).
        if (this.draft?.id === id) this.findings = r.findings;
      })
      .catch((raw) => {
        if (n !== this.#screenAsked) return;
        this.screening = null;
        this.screeningProblem = toAppError(raw);
      })
      .finally(() => n === this.#screenAsked && (this.screeningBusy = false));
  }

  /** Something was edited: save after the quiet time. */
  changed(): void {
    if (this.draft) this.#autosave.changed();
  }

  setInvalid(path: string, bad: boolean): void {
    if (bad && !this.invalid[path]) this.invalid[path] = true;
    else if (!bad && this.invalid[path]) delete this.invalid[path];
  }

  async #save(): Promise<void> {
    if (!this.draft || !this.doc) return;
    const saved = await commands.saveDraft(this.draft.id, $state.snapshot(this.doc) as Declaration, this.draft.revision);
    // The form keeps what the user is typing; only the revision, its time and the findings move on.
    const moved = saved.revision !== this.draft.revision;
    this.draft = { ...this.draft, revision: saved.revision, updatedAt: saved.updatedAt };
    this.findings = saved.findings;
    if (moved) this.screen();
  }

  /** Saves now what is pending (Ctrl+S, before a status change). */
  flush(): Promise<void> {
    return this.#autosave.flush();
  }

  /** Saves what is pending and returns the draft as stored (history restore starts from it). */
  async flushed(): Promise<Draft> {
    await this.#autosave.flush();
    if (!this.draft || this.#autosave.state !== 'saved') throw this.error ?? new Error('not saved');
    return this.draft;
  }

  /**
   * Leaving the editor or closing the window: saves what is pending. In a conflict (someone else
   * saved first and the user has not chosen yet) their version stays and this one is kept as a
   * new draft, so neither is lost and nothing is overwritten without asking.
   */
  async settle(): Promise<void> {
    if (this.#autosave.state !== 'conflict' || !this.doc) return this.#autosave.flush();
    this.#autosave.dispose();
    const mine = $state.snapshot(this.doc) as Declaration;
    const reference = this.#opts.yourVersion(mine.reference).slice(0, 60);
    try {
      const copy = await commands.keepAsCopy(mine, reference);
      // The notice names the draft the other person saved by the reference it is listed under.
      this.#opts.onKeptCopy?.(copy.reference, this.draft?.declaration.reference ?? mine.reference);
    } catch (raw) {
      console.warn('the version in conflict could not be kept as a copy', toAppError(raw));
    }
  }

  /** In a conflict: drop this version and load the one saved by the other person. */
  async reloadTheirs(): Promise<void> {
    if (!this.draft) return;
    try {
      this.show(await commands.getDraft(this.draft.id));
      this.#autosave.resume(false);
    } catch (raw) {
      this.error = toAppError(raw);
    }
  }

  /** In a conflict: the user saw it and chose to save their version over the other one. */
  async keepMine(): Promise<void> {
    if (!this.draft) return;
    try {
      this.draft = (await commands.getDraft(this.draft.id)).draft;
      this.#autosave.resume(true);
      await this.#autosave.flush();
    } catch (raw) {
      this.error = toAppError(raw);
    }
  }

  /** A revision restored from the history: shown as it now is, nothing pending. */
  restored(checked: CheckedDraft): void {
    this.show(checked);
    this.#autosave.resume(false);
  }

  async setStatus(status: DraftStatus): Promise<void> {
    if (!this.draft) return;
    try {
      await this.#autosave.flush();
      await commands.setDraftStatus(this.draft.id, status);
      this.draft = { ...this.draft, status };
    } catch (raw) {
      this.error = toAppError(raw);
    }
  }

  /** Deletes the draft; false when it could not be deleted (the error says why). */
  async remove(): Promise<boolean> {
    if (!this.draft) return false;
    try {
      this.#autosave.dispose();
      await commands.deleteDraft(this.draft.id);
      this.draft = null;
      return true;
    } catch (raw) {
      this.error = toAppError(raw);
      return false;
    }
  }

  dispose(): void {
    this.#autosave.dispose();
  }
}
