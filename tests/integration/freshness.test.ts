// Partners asked by mail whether their entries are still correct: one mail per editor and round
// however many processes send, a signed link whose opening changes nothing, a confirmation that
// touches only the entries the mail listed and only once, and the coordinators' list of who has
// not answered.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

type Send = typeof import("@/lib/freshness/send");
type Confirm = typeof import("@/lib/freshness/confirm");
type Overview = typeof import("@/lib/freshness/overview");
let send: Send;
let confirm: Confirm;
let overview: Overview;

const now = new Date("2026-12-07T08:00:00Z");
const longAgo = new Date("2024-01-15T08:00:00Z");
const ids = { own: "", other: "", quiet: "", editor: "", quietEditor: "", dueA: "", dueB: "", fresh: "", foreign: "", archived: "" };

let counter = 0;
async function offer(organizationId: string, title: string, lastVerifiedAt: Date | null, status: "published" | "archived" = "published") {
  const row = await db.offer.create({
    data: {
      slug: `angebot-${counter++}`,
      organizationId,
      status,
      lastVerifiedAt,
      translations: { create: { locale: "de", title, summary: "Kurz gesagt." } },
    },
  });
  return row.id;
}
const organisation = async (name: string) =>
  (await db.organization.create({ data: { slug: name.toLowerCase().replace(/\W+/g, "-"), name, type: "migrant_organisation" } })).id;
const editor = async (email: string, organizationId: string, active = true) =>
  (await db.user.create({ data: { email, name: email.split("@")[0]!, role: "editor", organizationId, active, passwordHash: "x" } })).id;

const linkIn = (text: string) => /\/admin\/still-correct\/([A-Za-z0-9_.-]+)/.exec(text)?.[1] ?? "";

beforeAll(async () => {
  process.env.FRESHNESS_SECRET = "a-secret-for-these-tests-only-32chars!";
  process.env.FRESHNESS_INTERVAL_DAYS = "30";
  process.env.REVIEW_MAX_AGE_DAYS = "365";
  process.env.PUBLIC_URL = "https://wegweiser.example";
  [send, confirm, overview] = await Promise.all([
    import("@/lib/freshness/send"),
    import("@/lib/freshness/confirm"),
    import("@/lib/freshness/overview"),
  ]);
  ids.own = await organisation("Brücke Test e. V.");
  ids.other = await organisation("Anderer Verein");
  ids.quiet = await organisation("Stiller Verein");
  ids.editor = await editor("redaktion@bruecke.example", ids.own);
  ids.quietEditor = await editor("still@verein.example", ids.quiet);
  await editor("ehemals@bruecke.example", ids.own, false);
  await editor("nichts@anders.example", ids.other);
  ids.dueA = await offer(ids.own, "Sprachcafé am Dienstag", null);
  ids.dueB = await offer(ids.own, "Hausaufgabenhilfe", longAgo);
  ids.fresh = await offer(ids.own, "Frisch bestätigt", new Date("2026-11-30T08:00:00Z"));
  ids.archived = await offer(ids.own, "Archiviert", null, "archived");
  ids.foreign = await offer(ids.other, "Fremdes Angebot", new Date("2026-11-30T08:00:00Z"));
  await offer(ids.quiet, "Stilles Angebot", longAgo);
});

describe("still-correct requests to partners", () => {
  it("send each partner editor one mail per round listing what is due, however many processes send at once", async () => {
    const reports = await Promise.all([send.sendFreshnessRequests({ now }), send.sendFreshnessRequests({ now })]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(2);

    const mails = await db.outboxMessage.findMany({ where: { kind: "freshness" }, orderBy: { to: "asc" } });
    expect(mails.map((m) => m.to)).toEqual(["redaktion@bruecke.example", "still@verein.example"]);
    const mail = mails[0]!;
    expect(mail.subject).toContain("2 Einträge von Brücke Test e. V.");
    expect(mail.text).toContain("Sprachcafé am Dienstag");
    expect(mail.text).toContain("Hausaufgabenhilfe");
    expect(mail.text).not.toContain("Frisch bestätigt");
    expect(mail.text).not.toContain("Archiviert");
    expect(mail.text).toContain("https://wegweiser.example/admin/still-correct/");
    // The editor with nothing due and the deactivated one get nothing.
    expect(await db.freshnessRequest.count()).toBe(2);

    expect(await send.sendFreshnessRequests({ now: new Date(now.getTime() + 60_000) })).toEqual({ sent: 0, alreadyAsked: 2 });
    const nextRound = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);
    expect((await send.sendFreshnessRequests({ now: nextRound })).sent).toBe(2);
    await db.freshnessRequest.deleteMany({ where: { createdAt: nextRound } });
    await db.outboxMessage.deleteMany({ where: { createdAt: { gt: new Date(now.getTime() + 120_000) } } });
  });

  it("open a link without changing anything, and confirm only the chosen entries the mail listed, once", async () => {
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: "redaktion@bruecke.example" }, orderBy: { createdAt: "asc" } });
    const token = linkIn(mail.text);
    const later = new Date(now.getTime() + 24 * 60 * 60 * 1000);

    const opened = await confirm.openFreshnessLink(token, later);
    expect(opened).toMatchObject({ state: "open", organisation: "Brücke Test e. V." });
    expect(opened.state === "open" ? opened.entries.map((e) => e.name) : []).toEqual(["Hausaufgabenhilfe", "Sprachcafé am Dienstag"]);
    expect((await db.offer.findUniqueOrThrow({ where: { id: ids.dueA } })).lastVerifiedAt).toBeNull();

    // An entry of another organisation smuggled into the form is not the link's to confirm.
    const answer = await confirm.answerFreshnessLink({ token, offerIds: [ids.dueA, ids.foreign] }, later);
    expect(answer).toEqual({ ok: true, confirmed: 1, refused: 0, already: false });
    expect((await db.offer.findUniqueOrThrow({ where: { id: ids.dueA } })).lastVerifiedAt).not.toBeNull();
    expect((await db.offer.findUniqueOrThrow({ where: { id: ids.dueB } })).lastVerifiedAt).toEqual(longAgo);
    expect((await db.offer.findUniqueOrThrow({ where: { id: ids.foreign } })).lastVerifiedAt).toEqual(new Date("2026-11-30T08:00:00Z"));
    const audit = await db.auditEntry.findMany({ where: { action: "verify", entityId: ids.dueA } });
    expect(audit.map((a) => a.userId)).toEqual([ids.editor]);

    const audits = await db.auditEntry.count();
    expect(await confirm.answerFreshnessLink({ token, offerIds: [ids.dueA, ids.dueB] }, later)).toEqual({
      ok: true,
      confirmed: 1,
      refused: 0,
      already: true,
    });
    expect(await db.auditEntry.count()).toBe(audits);
    expect((await db.offer.findUniqueOrThrow({ where: { id: ids.dueB } })).lastVerifiedAt).toEqual(longAgo);
    expect(await confirm.openFreshnessLink(token, later)).toMatchObject({ state: "answered", confirmed: 1 });
  });

  it("refuse an expired or altered link and confirm nothing", async () => {
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: "still@verein.example" } });
    const token = linkIn(mail.text);
    const expired = new Date(now.getTime() + 15 * 24 * 60 * 60 * 1000);
    expect(await confirm.openFreshnessLink(token, expired)).toEqual({ state: "expired" });
    expect(await confirm.answerFreshnessLink({ token, offerIds: [] }, expired)).toEqual({ ok: false, reason: "expired" });
    const altered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    expect(await confirm.answerFreshnessLink({ token: altered, offerIds: [] }, now)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.freshnessRequest.count({ where: { userId: ids.quietEditor, answeredAt: { not: null } } })).toBe(0);
  });

  it("show coordinators who has not answered", async () => {
    const { rows, open } = await overview.listFreshnessRequests(new Date(now.getTime() + 24 * 60 * 60 * 1000));
    expect(open).toBe(1);
    expect(rows.map((r) => [r.partner, r.organisation, r.answeredAt === null, r.entries, r.confirmed])).toEqual([
      ["still", "Stiller Verein", true, 1, 0],
      ["redaktion", "Brücke Test e. V.", false, 2, 1],
    ]);
  });
});
