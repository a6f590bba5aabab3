// An institution's inquiry is stored with its programmes and an audit entry; bots and floods are not.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createInquiry } from "@/lib/inquiries/create";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

const valid = {
  institutionName: "Kita Regenbogen",
  institutionType: "kita",
  district: "haaren",
  contactName: "Leitung",
  email: "leitung@kita.example.org",
  programmes: ["griffbereit", "rucksack-kita"],
  message: "Wir möchten eine Gruppe anbieten.",
  consent: "on",
  locale: "ar",
};

beforeAll(async () => {
  await seedReferenceAndProgrammes();
});

describe("createInquiry", () => {
  it("stores the inquiry with its programmes and district, and audits it", async () => {
    const result = await createInquiry(valid, { ip: "10.0.0.1", honeypot: undefined, actor: null });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id! : "";
    const inquiry = await db.inquiry.findUniqueOrThrow({
      where: { id },
      include: { programmes: { select: { slug: true } }, district: { select: { code: true } } },
    });
    expect(inquiry).toMatchObject({ status: "new", institutionType: "kita", locale: "ar", district: { code: "haaren" } });
    expect(inquiry.programmes.map((p) => p.slug).sort()).toEqual(["griffbereit", "rucksack-kita"]);
    const audit = await db.auditEntry.findMany({ where: { entityType: "Inquiry", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", userId: null });
  });

  it("returns field errors and stores nothing for bad input", async () => {
    const before = await db.inquiry.count();
    const result = await createInquiry({ ...valid, email: "nope", consent: undefined }, { ip: "10.0.0.2", honeypot: undefined, actor: null });
    expect(result).toEqual({ ok: false, fieldErrors: { email: ["email"], consent: ["consent"] } });
    expect(await db.inquiry.count()).toBe(before);
  });

  it("pretends success to a bot that filled the honeypot, storing nothing", async () => {
    const before = await db.inquiry.count();
    const result = await createInquiry(valid, { ip: "10.0.0.3", honeypot: "http://spam.example", actor: null });
    expect(result).toEqual({ ok: true, data: { id: null } });
    expect(await db.inquiry.count()).toBe(before);
  });

  it("refuses a sixth stored inquiry from one address within the hour, but not corrections", async () => {
    for (let i = 0; i < 3; i++) await createInquiry({ ...valid, email: "typo" }, { ip: "10.0.0.4", honeypot: undefined, actor: null });
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await createInquiry(valid, { ip: "10.0.0.4", honeypot: undefined, actor: null }));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toEqual({ ok: false, fieldErrors: {}, formError: "rateLimited" });
    // The count lives in the database, where every server process sees it, and the refused
    // inquiry did not add to it.
    const counters = await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: "inquiry-sender:" } } });
    // (one other sender stored one inquiry above)
    expect(counters.map((c) => c.points).sort()).toEqual([1, 5]);
    expect(JSON.stringify(counters)).not.toContain("10.0.0.4");
  });
});
