// Generated from the Rust types and src-tauri/src/commands/mod.rs by the app test suite
// (tests/app/bindings.rs). Do not edit: the test regenerates it and fails while it differs.

/**
 * Which way the truck crosses. Northbound is a Mexican export and a U.S. import; southbound the
 * reverse.
 */
export type Direction = "northbound" | "southbound";

/**
 * A planned crossing time at a port, as local wall-clock time plus IANA zone.
 */
export type PlannedCrossing = { 
/**
 * Wall-clock time at the port, ISO 8601 without offset ("2026-11-24T08:30:00").
 */
local: string, 
/**
 * IANA time zone name ("America/Chicago").
 */
zone: string, };

/**
 * Header fields as the user typed them, before validation.
 */
export type HeaderInput = { reference: string, direction: Direction, 
/**
 * 4-digit CBP port code, or none while the broker has not chosen one.
 */
portOfEntry: string | null, plannedCrossing: PlannedCrossing | null, };

/**
 * A validated header: the reference is trimmed and present, the port is a southern land-border
 * port, and the planned crossing names a real instant.
 */
export type DraftHeader = { reference: string, direction: Direction, portOfEntry: string | null, plannedCrossing: PlannedCrossing | null, };

/**
 * One draft declaration.
 */
export type Draft = { 
/**
 * Opaque identifier (a UUIDv7 string).
 */
id: string, header: DraftHeader, 
/**
 * The sample draft created on first start, so a new user sees how a declaration looks.
 */
isDemo: boolean, createdAt: string, updatedAt: string, };

/**
 * The columns of the declarations list.
 */
export type DraftSummary = { id: string, reference: string, direction: Direction, portOfEntry: string | null, plannedCrossing: PlannedCrossing | null, isDemo: boolean, updatedAt: string, };

/**
 * One U.S. port of entry on the southern land border.
 */
export type UsPort = { 
/**
 * 4-digit CBP port code, e.g. "2304".
 */
code: string, 
/**
 * Port name as CBP writes it.
 */
name: string, 
/**
 * Two-letter U.S. state.
 */
state: string, 
/**
 * IANA time zone of the port.
 */
timeZone: string, };

export type Language = "en" | "es";

/**
 * Preferences the UI reads at start.
 */
export type Preferences = { 
/**
 * `null` until the user picks a language; the UI then follows the system language.
 */
language: Language | null, };

export type AppInfo = { version: string, databasePath: string, logDir: string, 
/**
 * Why the database could not be opened at start, or `null` when it is open.
 */
databaseError: IpcError | null, };

/**
 * Stable codes the UI branches on and translates. Renaming one is a breaking change for the UI.
 */
export type ErrorCode = "database_unreadable" | "database_too_new" | "database_error" | "stored_data_invalid" | "draft_not_found" | "reference_required" | "reference_too_long" | "reference_control_characters" | "unknown_port" | "unknown_time_zone" | "crossing_time_skipped" | "internal";

/**
 * The one error type that crosses IPC.
 */
export type IpcError = { code: ErrorCode, 
/**
 * English technical detail for the log and the "details" line; the UI shows its own
 * translated text for the code.
 */
message: string, };

/** Sends one command over IPC; supplied by index.ts, the only module that talks to Tauri. */
export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

/** Every error code, in the order Rust declares them. */
export const ERROR_CODES: readonly ErrorCode[] = [
  "database_unreadable",
  "database_too_new",
  "database_error",
  "stored_data_invalid",
  "draft_not_found",
  "reference_required",
  "reference_too_long",
  "reference_control_characters",
  "unknown_port",
  "unknown_time_zone",
  "crossing_time_skipped",
  "internal",
];

export const COMMAND_NAMES = [
  "get_app_info",
  "list_us_ports",
  "list_drafts",
  "get_draft",
  "create_draft",
  "update_draft_header",
  "delete_draft",
  "get_preferences",
  "set_language",
] as const;

/** One typed function per command. */
export function createCommands(invoke: Invoke) {
  return {
    getAppInfo: () => invoke<AppInfo>("get_app_info"),
    listUsPorts: () => invoke<Array<UsPort>>("list_us_ports"),
    listDrafts: () => invoke<Array<DraftSummary>>("list_drafts"),
    getDraft: (id: string) => invoke<Draft>("get_draft", { id }),
    createDraft: (header: HeaderInput) => invoke<Draft>("create_draft", { header }),
    updateDraftHeader: (id: string, header: HeaderInput) => invoke<Draft>("update_draft_header", { id, header }),
    deleteDraft: (id: string) => invoke<null>("delete_draft", { id }),
    getPreferences: () => invoke<Preferences>("get_preferences"),
    setLanguage: (language: Language) => invoke<null>("set_language", { language }),
  };
}

export type Commands = ReturnType<typeof createCommands>;
