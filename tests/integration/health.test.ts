import { describe, expect, it } from "vitest";

describe("checkHealth", () => {
  it("reports ok with the database kind and the public version, read live", async () => {
    const { checkHealth } = await import("@/lib/health");
    const { db } = await import("@/lib/db");
    const before = await checkHealth();
    await db.searchState.upsert({ where: { id: 1 }, create: { id: 1, version: 41 }, update: { version: 41 } });
    const after = await checkHealth();
    expect(before.status).toBe("ok");
    expect(after).toMatchObject({ status: "ok", database: { publicVersion: 41 } });
  });

  it("reports the database as unavailable instead of throwing when it cannot be reached", async () => {
    const previous = process.env.DATABASE_URL;
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:9/none";
    try {
      const { vi } = await import("vitest");
      vi.resetModules();
      const { checkHealth } = await import("@/lib/health");
      const health = await checkHealth();
      expect(health).toMatchObject({ status: "unavailable", database: { kind: "postgresql" } });
    } finally {
      process.env.DATABASE_URL = previous;
    }
  });
});
