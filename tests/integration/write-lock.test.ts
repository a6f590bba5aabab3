// SQLite lets one connection write at a time, and an import holds that lock for minutes. A write of
// the server's own thread meanwhile (a failed sign-in counted, a save) waits for it without stopping
// the thread: other requests are answered, and the write is made once the lock is free.
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLoginThrottle } from "@/lib/auth/throttle";
import { db, dbKind } from "@/lib/db";
import { resolveDatabase } from "@/lib/db/url";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** "waiting" while the promise has not settled; what it settled with otherwise. */
const stateOf = (promise: Promise<unknown>) => Promise.race([promise, Promise.resolve("waiting")]);

describe.skipIf(dbKind !== "sqlite")("writes while another connection holds SQLite's write lock", () => {
  // What an import's worker thread is to the server: another connection, holding the write lock.
  let importer: Database.Database;
  beforeEach(() => {
    const target = resolveDatabase();
    if (target.kind !== "sqlite") throw new Error("SQLite only");
    importer = new Database(target.file);
    importer.exec("BEGIN IMMEDIATE");
  });
  afterEach(() => {
    if (importer.inTransaction) importer.exec("ROLLBACK");
    importer.close();
  });

  /** Timer callbacks that ran while the write waited: none if the write held the thread. */
  async function ticksWhile(write: Promise<unknown>): Promise<number> {
    let ticks = 0;
    for (let i = 0; i < 5; i++) {
      await pause(10);
      if ((await stateOf(write)) === "waiting") ticks++;
    }
    return ticks;
  }

  it("a failed sign-in is counted once the lock is free, and the server's thread goes on meanwhile", async () => {
    const throttle = createLoginThrottle(db);
    const write = throttle.failed("lock@example.org", "198.51.100.7").then(
      () => "counted",
      (error: unknown) => error,
    );
    expect(await ticksWhile(write)).toBe(5);
    importer.exec("COMMIT");
    expect(await write).toBe("counted");
    expect(await db.rateLimiterFlexible.count({ where: { key: { startsWith: "login-failures-" } } })).toBe(3);
  });

  it("a transaction begun meanwhile writes all of it after the lock is free", async () => {
    const write = db
      .$transaction(async (tx) => {
        await tx.rateLimiterFlexible.create({ data: { key: "lock-a", points: 1 } });
        await tx.rateLimiterFlexible.create({ data: { key: "lock-b", points: 1 } });
      })
      .then(
        () => "saved",
        (error: unknown) => error,
      );
    expect(await ticksWhile(write)).toBe(5);
    // What the other connection wrote before it let go is kept; the transaction writes after it.
    importer.prepare(`INSERT INTO "RateLimiterFlexible" ("key", "points") VALUES ('lock-first', 1)`).run();
    importer.exec("COMMIT");
    expect(await write).toBe("saved");
    const keys = await db.rateLimiterFlexible.findMany({
      where: { key: { startsWith: "lock-" } },
      select: { key: true },
    });
    expect(keys.map((k) => k.key).sort()).toEqual(["lock-a", "lock-b", "lock-first"]);
  });

  it("reads are answered while the lock is held", async () => {
    await expect(db.searchState.findMany({ select: { version: true } })).resolves.toBeInstanceOf(Array);
  });
});
