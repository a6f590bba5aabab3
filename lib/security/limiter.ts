import "server-only";
// Counters for throttles and rate limits, kept in the database (the RateLimiterFlexible table) by
// rate-limiter-flexible's Prisma store, so that several server processes behind one balancer count
// together and a restart forgets nothing.
import { createHash } from "node:crypto";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db, DbTransaction } from "../db/client";

export type LimiterOptions = { name: string; points: number; seconds: number };

/**
 * A limiter on the app's Prisma client or on a transaction (then its counts roll back with it).
 * Only limiters on the client sweep expired rows; one sweeper per table is enough, and a limiter
 * made per request must not leave a timer behind.
 */
export function databaseLimiter(client: Db | DbTransaction, { name, points, seconds }: LimiterOptions, sweep = false) {
  return new RateLimiterPrisma({
    storeClient: client,
    // The store calls client[tableName]: Prisma names its model delegates in lower camel case.
    tableName: "rateLimiterFlexible",
    keyPrefix: name,
    points,
    duration: seconds,
    clearExpiredByTimeout: sweep,
  });
}

/**
 * What a counter is stored under: a digest, so that the table holds no e-mail or network address
 * in the clear, only something that the same input finds again.
 */
export function counterKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 32);
}
