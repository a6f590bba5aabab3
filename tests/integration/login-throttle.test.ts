// Signing in: wrong passwords make the next try wait longer and longer, per account and address,
// per address and per account, in the database so that several processes count together; the
// owner of an account is never locked out by strangers; unknown addresses cost the same time.
import bcrypt from "bcryptjs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { signInWithPassword } from "@/lib/auth/credentials";
import { hashPassword, placeholderHash } from "@/lib/auth/passwords";
import { createLoginThrottle, loginRules } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { createDb } from "@/lib/db/client";

const password = "ein-langes-geheimes-passwort";
const owner = "owner@example.org";
const home = "198.51.100.10";

// A second client is what a second server process would have: its own connections, same database.
const otherProcess = createDb();

beforeAll(async () => {
  const passwordHash = await hashPassword(password);
  await db.user.createMany({
    data: ["owner", "kim", "lea", "sam", "two"].map((name) => ({ email: `${name}@example.org`, name, role: "coordinator" as const, passwordHash })),
  });
});

afterAll(() => otherProcess.$disconnect());

// Waits are measured against the clock; tests move only Date forward, the database calls stay real.
const clock = () => vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);
afterEach(() => vi.useRealTimers());

describe("login throttle", () => {
  it("makes one address wait longer after each wrong password for one account, and says how long", async () => {
    clock();
    const throttle = createLoginThrottle(db);
    const email = "kim@example.org";
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await signInWithPassword(email, "falsch-geraten-1234", "203.0.113.1", throttle));
    expect(results.map((r) => (r.ok ? "ok" : r.waitSeconds))).toEqual([0, 0, 0, loginRules.pair.firstWait]);
    // While the wait is in force even the right password is not checked.
    expect(await signInWithPassword(email, password, "203.0.113.1", throttle)).toEqual({ ok: false, waitSeconds: 2 });
    later(3);
    expect(await signInWithPassword(email, "falsch-geraten-1234", "203.0.113.1", throttle)).toEqual({ ok: false, waitSeconds: 4 });
    later(5);
    expect(await signInWithPassword(email, "falsch-geraten-1234", "203.0.113.1", throttle)).toEqual({ ok: false, waitSeconds: 8 });
    // The owner, from her own address, signs in at once.
    expect(await signInWithPassword(email, password, home, throttle)).toMatchObject({ ok: true, user: { email } });
  });

  it("never keeps the owner out for more than a minute, however many strangers guess her password", async () => {
    clock();
    const throttle = createLoginThrottle(db);
    for (let i = 0; i < 40; i++) await signInWithPassword(owner, "falsch-geraten-1234", `203.0.113.${100 + i}`, throttle);
    const wait = await throttle.waitSeconds(owner, home);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(loginRules.account.maxWait);
    later(wait);
    expect(await signInWithPassword(owner, password, home, throttle)).toMatchObject({ ok: true });
  });

  it("slows down one address that tries many accounts, and no one else", async () => {
    clock();
    const throttle = createLoginThrottle(db);
    const results = [];
    for (let i = 0; i < loginRules.address.free + 1; i++)
      results.push(await signInWithPassword(`guess${i}@example.org`, "falsch-geraten-1234", "203.0.113.50", throttle));
    expect(results.at(-2)).toEqual({ ok: false, waitSeconds: 0 });
    expect(results.at(-1)).toEqual({ ok: false, waitSeconds: loginRules.address.firstWait });
    expect(await throttle.waitSeconds("lea@example.org", "203.0.113.50")).toBe(2);
    expect(await signInWithPassword("lea@example.org", password, "203.0.113.51", throttle)).toMatchObject({ ok: true });
  });

  it("is shared by separate processes: failures counted by one make the other wait", async () => {
    clock();
    const first = createLoginThrottle(db);
    const second = createLoginThrottle(otherProcess);
    const email = "sam@example.org";
    for (let i = 0; i < 2; i++) await signInWithPassword(email, "falsch-geraten-1234", "203.0.113.77", first);
    await second.failed(email, "203.0.113.77");
    expect(await first.failed(email, "203.0.113.77")).toBe(2);
    expect(await second.waitSeconds(email, "203.0.113.77")).toBe(2);
    // Concurrent failures from both processes are all counted.
    later(3);
    await Promise.all([first.failed(email, "203.0.113.78"), second.failed(email, "203.0.113.78"), first.failed(email, "203.0.113.78"), second.failed(email, "203.0.113.78")]);
    expect(await first.waitSeconds(email, "203.0.113.78")).toBe(2);
  });

  it("keeps no e-mail address or network address in the clear", async () => {
    const rows = await db.rateLimiterFlexible.findMany({ select: { key: true } });
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/example\.org|203\.0\.113/);
  });
});

describe("unknown e-mail addresses", () => {
  it("are checked against a real bcrypt hash of the stored cost", async () => {
    const stored = (await db.user.findUniqueOrThrow({ where: { email: "two@example.org" } })).passwordHash!;
    const placeholder = await placeholderHash();
    expect(placeholder).toMatch(/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/);
    expect(bcrypt.getRounds(placeholder)).toBe(bcrypt.getRounds(stored));
    // A malformed hash would make bcrypt answer at once: this one takes a real comparison.
    await expect(bcrypt.compare("x", placeholder)).resolves.toBe(false);
  });

  it("take as long to refuse as known ones", async () => {
    const throttle = createLoginThrottle(db);
    const time = async (email: string, i: number) => {
      const started = performance.now();
      await signInWithPassword(email, "falsch-geraten-1234", `192.0.2.${i}`, throttle);
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, each from its own address, so that neither side meets a wait or a warm cache alone.
    for (let i = 1; i <= 6; i++) {
      known.push(await time("two@example.org", i));
      unknown.push(await time(`niemand${i}@example.org`, 100 + i));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    // Before, the unknown path skipped bcrypt and took a tenth of the time; generous bounds for a
    // busy machine.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
    expect(median(unknown) / median(known)).toBeLessThan(2);
  });
});
