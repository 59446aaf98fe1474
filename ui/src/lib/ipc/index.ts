// The only module that talks to Tauri. Everything else imports `commands` from here and catches
// `AppError`, branching on its `code`.
import { invoke as tauriInvoke } from '@tauri-apps/api/core';
import { createCommands, type ErrorCode, type Invoke, type IpcError } from './bindings';

export * from './bindings';

/** A failed command, as the UI handles it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail: string) {
    super(detail);
    this.name = 'AppError';
    this.code = code;
  }
}

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as IpcError).code === 'string' &&
    typeof (value as IpcError).message === 'string'
  );
}

/** Turns whatever a rejected invoke carries into an AppError; non-Cruce failures become `internal`. */
export function toAppError(raw: unknown): AppError {
  if (raw instanceof AppError) return raw;
  if (isIpcError(raw)) return new AppError(raw.code, raw.message);
  return new AppError('internal', raw instanceof Error ? raw.message : String(raw));
}

const invoke: Invoke = async <T>(command: string, args?: Record<string, unknown>): Promise<T> => {
  try {
    return await tauriInvoke<T>(command, args);
  } catch (raw) {
    throw toAppError(raw);
  }
};

export const commands = createCommands(invoke);

/** Window and dialog services of the desktop shell (not commands of Cruce's own). */
export const desktop = {
  /**
   * Calls `save` when the user closes the window, then closes it. The shell waits a few seconds
   * for this answer and closes anyway if none comes.
   */
  async onCloseRequested(save: () => Promise<void>): Promise<() => void> {
    const [{ listen }, { getCurrentWindow }] = await Promise.all([
      import('@tauri-apps/api/event'),
      import('@tauri-apps/api/window'),
    ]);
    return listen(CLOSE_REQUESTED, async () => {
      try {
        await save();
      } finally {
        await getCurrentWindow().destroy();
      }
    });
  },

  /** Asks where to write a backup; null when the user cancels. */
  async chooseBackupTarget(defaultName: string, title: string): Promise<string | null> {
    const { save } = await import('@tauri-apps/plugin-dialog');
    return save({ title, defaultPath: defaultName, filters: [{ name: 'Cruce backup', extensions: ['db'] }] });
  },

  /** Asks for a schedule file to import (CSV); null when the user cancels. */
  async chooseScheduleFile(title: string): Promise<string | null> {
    const { open } = await import('@tauri-apps/plugin-dialog');
    const picked = await open({ title, multiple: false, directory: false, filters: [{ name: 'CSV', extensions: ['csv', 'CSV'] }] });
    return typeof picked === 'string' ? picked : null;
  },

  /** Asks for a CSV file (a carrier's list of drivers or equipment); null when the user cancels. */
  async chooseCsvFile(title: string): Promise<string | null> {
    const { open } = await import('@tauri-apps/plugin-dialog');
    const picked = await open({ title, multiple: false, directory: false, filters: [{ name: 'CSV', extensions: ['csv', 'CSV', 'txt'] }] });
    return typeof picked === 'string' ? picked : null;
  },

  /** Asks for a watchlist's files (OFAC's come as several CSVs); an empty list when cancelled. */
  async chooseListFiles(title: string): Promise<string[]> {
    const { open } = await import('@tauri-apps/plugin-dialog');
    const picked = await open({ title, multiple: true, directory: false, filters: [{ name: 'CSV, TXT, JSON', extensions: ['csv', 'CSV', 'txt', 'TXT', 'json', 'JSON'] }] });
    return Array.isArray(picked) ? picked : typeof picked === 'string' ? [picked] : [];
  },

  /** Asks for an evidence file (a certificate, a portal page); null when the user cancels. */
  async chooseEvidenceFile(title: string): Promise<string | null> {
    const { open } = await import('@tauri-apps/plugin-dialog');
    const picked = await open({
      title,
      multiple: false,
      directory: false,
      filters: [{ name: 'PDF, images', extensions: ['pdf', 'PDF', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] }],
    });
    return typeof picked === 'string' ? picked : null;
  },

  /** Asks where to write a copy of a file; null when the user cancels. */
  async chooseSaveTarget(defaultName: string, title: string): Promise<string | null> {
    const { save } = await import('@tauri-apps/plugin-dialog');
    return save({ title, defaultPath: defaultName });
  },

  /** Asks which backup to restore; null when the user cancels. */
  async chooseBackupSource(title: string): Promise<string | null> {
    const { open } = await import('@tauri-apps/plugin-dialog');
    const picked = await open({ title, multiple: false, directory: false, filters: [{ name: 'Cruce backup', extensions: ['db'] }] });
    return typeof picked === 'string' ? picked : null;
  },
};

/** Must equal `close_guard::CLOSE_REQUESTED` in the shell. */
export const CLOSE_REQUESTED = 'cruce://close-requested';
