// A fixed-window counter per key (e.g. the sender's address) in this process's memory: enough to
// stop a script from flooding the inquiry form, with no third-party service involved.
type Window = { startedAt: number; count: number };

export function createRateLimit(limit: number, windowMs: number) {
  const windows = new Map<string, Window>();
  return {
    /** Counts one attempt; false once the key has used up its attempts in the current window. */
    take(key: string, now = Date.now()): boolean {
      const current = windows.get(key);
      if (!current || now - current.startedAt >= windowMs) {
        if (windows.size > 10_000) windows.clear(); // bounded memory under a spray of addresses
        windows.set(key, { startedAt: now, count: 1 });
        return true;
      }
      current.count++;
      return current.count <= limit;
    },
    /** Whether the key still has attempts left, without counting one. */
    allows(key: string, now = Date.now()): boolean {
      const current = windows.get(key);
      return !current || now - current.startedAt >= windowMs || current.count < limit;
    },
  };
}
