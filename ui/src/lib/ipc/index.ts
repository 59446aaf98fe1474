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
