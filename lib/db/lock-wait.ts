// SQLite lets one connection write at a time, and better-sqlite3 waits for that write lock
// synchronously (busy_timeout): a server thread that waits stops answering every request of its
// process meanwhile. An import holds the lock for minutes at a region's size, so a throttle's sweep,
// a sign-in's counter or a save that happens to run then would stall the whole server. On a
// server's thread every write therefore waits for the lock asynchronously instead:
// - a transaction takes the lock when it begins (BEGIN IMMEDIATE): the app's transactions all write,
//   and one that holds the lock from the start can never fail halfway through because another
//   connection wrote since it read;
// - a statement outside a transaction is tried again when the lock is taken;
// each try fails at once rather than waiting (busy_timeout 0), and the thread serves other requests
// between tries. After `patienceMs` a transaction begins as it would have, and its first write
// fails as busy, as it did after the synchronous wait before.
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Options = ConstructorParameters<typeof PrismaBetterSQLite3>[0];

const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 200;

/** SQLITE_BUSY and its variants, as better-sqlite3 raises them or as the adapter passes them on. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { originalCode?: unknown } } | null) ?? {};
  return [code.code, code.cause?.originalCode].some((c) => typeof c === "string" && c.startsWith("SQLITE_BUSY"));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it does not fail as busy or `patienceMs` have passed, pausing between tries. */
export async function whenNotBusy<T>(attempt: () => T | Promise<T>, patienceMs: number): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (let wait = FIRST_PAUSE_MS; ; wait = Math.min(LONGEST_PAUSE_MS, wait * 2)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + wait > deadline) throw error;
    }
    await pause(wait);
  }
}

function waitingForTheLock(adapter: Adapter, patienceMs: number): Adapter {
  const sqlite = (adapter as unknown as { client: Database.Database }).client;
  const startTransaction = adapter.startTransaction.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  // The adapter's own start keeps other transactions of this connection out (a mutex) and begins a
  // deferred transaction, which takes no lock yet; it is turned into one that holds the write lock.
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await startTransaction(isolationLevel);
    sqlite.exec("ROLLBACK");
    try {
      await whenNotBusy(() => sqlite.exec("BEGIN IMMEDIATE"), patienceMs);
    } catch (error) {
      if (!isBusy(error)) {
        await transaction.rollback();
        throw error;
      }
      sqlite.exec("BEGIN");
    }
    return transaction;
  };
  adapter.queryRaw = (query) => whenNotBusy(() => queryRaw(query), patienceMs);
  adapter.executeRaw = (query) => whenNotBusy(() => executeRaw(query), patienceMs);
  return adapter;
}

/** The better-sqlite3 adapter for a thread that must not stop while another connection writes. */
export class PrismaBetterSQLite3WaitingAside extends PrismaBetterSQLite3 {
  readonly #patienceMs: number;

  constructor(options: Options, patienceMs: number) {
    super({ ...options, timeout: 0 });
    this.#patienceMs = patienceMs;
  }

  override async connect(): Promise<Adapter> {
    return waitingForTheLock(await super.connect(), this.#patienceMs);
  }
}
