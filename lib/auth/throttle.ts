import "server-only";
// Login throttling by progressive delays, never by a lockout. Failed sign-ins are counted in three
// buckets: per account and address together, per address, and per account. Past a bucket's free
// failures each further failure makes the next try wait longer (2 s, 4 s, 8 s … up to a cap).
// - The pair bucket stops one address guessing one account; its cap is long, and only that address
//   waits for it.
// - The address bucket stops one address trying many accounts. It allows many failures, because a
//   whole office can sit behind one address, and its cap is short.
// - The account bucket stops guesses spread over many addresses. Strangers fill it too, so its cap
//   is the shortest: whoever fills it can make the owner wait a minute, never lock them out.
// A success clears only its own pair bucket: clearing the account or the address would let anyone
// with one working password reset the counters that hold them back elsewhere. Counters live in the
// database (lib/security/limiter.ts), so several processes count together, and expire on their own.
import type { Db } from "../db/client";
import { counterKey, databaseLimiter } from "../security/limiter";

export type ThrottleRule = { free: number; windowSeconds: number; firstWait: number; maxWait: number };
type Bucket = "pair" | "address" | "account";

export const loginRules: Record<Bucket, ThrottleRule> = {
  pair: { free: 3, windowSeconds: 60 * 60, firstWait: 2, maxWait: 15 * 60 },
  address: { free: 20, windowSeconds: 60 * 60, firstWait: 2, maxWait: 5 * 60 },
  account: { free: 10, windowSeconds: 60 * 60, firstWait: 2, maxWait: 60 },
};

/** Seconds to wait after the given number of failures in a bucket's window. */
export function waitAfter(failures: number, rule: ThrottleRule): number {
  const beyond = failures - rule.free;
  if (beyond <= 0) return 0;
  return Math.min(rule.maxWait, rule.firstWait * 2 ** Math.min(beyond - 1, 30));
}

const keyOf = (bucket: Bucket, email: string, address: string) =>
  bucket === "pair" ? counterKey(email, address) : counterKey(bucket === "account" ? email : address);

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

export function createLoginThrottle(client: Db, rules: Record<Bucket, ThrottleRule> = loginRules) {
  const buckets = (Object.keys(rules) as Bucket[]).map((bucket, index) => ({
    bucket,
    rule: rules[bucket],
    failures: databaseLimiter(
      client,
      { name: `login-failures-${bucket}`, points: 1_000_000, seconds: rules[bucket].windowSeconds },
      index === 0,
    ),
    // A blocked key here is a wait in force; its expiry is when the next try is allowed.
    waits: databaseLimiter(client, { name: `login-wait-${bucket}`, points: 0, seconds: 1 }),
  }));

  return {
    /** Seconds until this account may be tried from this address again; 0 when it may now. */
    async waitSeconds(email: string, address: string): Promise<number> {
      const waits = await Promise.all(buckets.map((b) => b.waits.get(keyOf(b.bucket, email, address))));
      return Math.ceil(Math.max(0, ...waits.map((w) => w?.msBeforeNext ?? 0)) / 1000);
    },

    /** Counts a failed sign-in; answers the wait it puts in force (0 while failures are free). */
    async failed(email: string, address: string): Promise<number> {
      const waits = await Promise.all(
        buckets.map(async (b) => {
          const key = keyOf(b.bucket, email, address);
          const counted = await b.failures.penalty(key, 1);
          const wait = waitAfter(counted.consumedPoints, b.rule);
          if (wait > 0) await b.waits.block(key, wait);
          return wait;
        }),
      );
      return Math.max(0, ...waits);
    },

    /** A successful sign-in ends the waits of its own account-and-address pair, nothing else. */
    async succeeded(email: string, address: string): Promise<void> {
      const pair = buckets.find((b) => b.bucket === "pair")!;
      const key = keyOf("pair", email, address);
      await Promise.all([pair.failures.delete(key), pair.waits.delete(key)]);
    },
  };
}
