// How large an import file may be, for the page (which refuses a larger file before sending it) and
// the server (which refuses it before reading it). next.config.js lets a server action's body be a
// little larger, for the form around the file; proxy.ts answers a larger request before Next.js
// buffers it.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The largest request body an import may send: the file and its form fields (next.config.js). */
export const MAX_IMPORT_REQUEST_BYTES = 12 * 1024 * 1024;

/** The limit as people read it, e.g. "10 MB". */
export const importLimitText = () => `${MAX_IMPORT_BYTES / 1024 / 1024} MB`;

/**
 * How long an import's transaction may run. The job runs at the lowest priority and yields the CPU
 * to a busy server: at 10,000 lines beside reading clients it took 91 s on SQLite and over 120 s on
 * PostgreSQL, where two minutes undid it whole. The job runner's lease covers this (job/runner.ts).
 */
export const IMPORT_TIMEOUT_MS = 5 * 60_000;
