// Machine translation end to end against the stand-in LibreTranslate server: a bulk job fills the
// missing texts of a language, a save of German text queues its record's languages, reviewed text
// is never overwritten, the glossary holds, and a failing provider leaves texts for people.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { offerForEditing, updateOffer } from "@/lib/offers/editing";
import { nestValues } from "@/lib/forms/values";
import { publicVersion } from "@/lib/search/version";
import { enqueueBulkTranslation, requeueStaleTranslationJobs } from "@/lib/translations/jobs/queue";
import { runTranslationJobs } from "@/lib/translations/jobs/runner";
import { sourceHash, translationState } from "@/lib/translations/status";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";
import { startTranslationServer, type StandIn } from "@/tests/support/translation-server";

let standIn: StandIn;
let coordinator: Actor;
let org: string;
const offerTexts = (title: string, extra: Record<string, string> = {}) => ({
  title,
  summary: `${title}: mit Termin bei der Ausländerbehörde`,
  description: "Griffbereit trifft sich jeden Montag.",
  ...extra,
});

async function offer(slug: string, german: Record<string, string>, others: Array<Record<string, unknown>> = []) {
  const created = await db.offer.create({
    data: {
      slug,
      organizationId: org,
      status: "published",
      translations: { create: [{ locale: "de", ...(german as { title: string; summary: string }) }, ...(others as never[])] },
    },
  });
  return created.id;
}

const row = (offerId: string, locale: string) => db.offerTranslation.findUnique({ where: { offerId_locale: { offerId, locale } } });
const german = async (offerId: string) =>
  (await db.offerTranslation.findUnique({
    where: { offerId_locale: { offerId, locale: "de" } },
    select: { title: true, summary: true, description: true, eligibility: true, howToJoin: true, costNote: true },
  }))!;

beforeAll(async () => {
  standIn = await startTranslationServer();
  process.env.MT_PROVIDER = "libretranslate";
  process.env.MT_URL = standIn.url;
  await seedReferenceAndProgrammes();
  const user = await db.user.create({ data: { email: "mt@example.org", name: "Koordination", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
  org = (await db.organization.create({ data: { slug: "mt-verein", name: "MT Verein", type: "migrant_organisation" } })).id;
});

afterAll(() => standIn.close());

describe("translate all missing into a language", () => {
  let missing: string;
  let reviewed: string;
  let failing: string;

  beforeAll(async () => {
    missing = await offer("mt-fehlt", offerTexts("Sprachcafé"));
    const reviewedTexts = offerTexts("Elterncafé");
    reviewed = await offer("mt-geprueft", reviewedTexts, [
      { locale: "fa", title: "کافه والدین", summary: "دست نوشته", status: "reviewed", sourceHash: sourceHash("offer", reviewedTexts) },
    ]);
    failing = await offer("mt-kaputt", offerTexts("Kaputt [[fail]]"));
    await db.organizationTranslation.create({ data: { organizationId: org, locale: "de", description: "Ein Verein, der mit dem Jobcenter arbeitet." } });
  });

  it("fills every missing Farsi text as a machine translation of the current German text", async () => {
    const before = await publicVersion();
    const queued = await enqueueBulkTranslation("fa", "missing", coordinator);
    expect(queued.ok).toBe(true);
    expect(await runTranslationJobs()).toBe(1);

    const job = await db.translationJob.findUniqueOrThrow({ where: { id: queued.ok ? queued.id : "" } });
    expect(job.status).toBe("succeeded");
    expect(job.done).toBe(job.total);
    expect(job.total).toBeGreaterThanOrEqual(3);

    const fa = (await row(missing, "fa"))!;
    expect(fa.status).toBe("machine");
    expect(fa.sourceHash).toBe(sourceHash("offer", await german(missing)));
    expect(fa.translatedAt).toBeInstanceOf(Date);
    expect(fa.title).toBe("[fa] Sprachcafé");
    // The glossary: a kept term survives, a fixed rendering appears.
    expect(fa.description).toBe("[fa] Griffbereit trifft sich jeden Montag.");
    expect(fa.summary).toContain("اداره امور اتباع خارجی (Ausländerbehörde)");
    expect(translationState(fa, sourceHash("offer", await german(missing)))).toBe("machine");

    const orgText = await db.organizationTranslation.findUnique({ where: { organizationId_locale: { organizationId: org, locale: "fa" } } });
    expect(orgText?.description).toBe("[fa] Ein Verein, der mit dem Jobcenter arbeitet.");

    // Readers see it: the search card exists and cached pages are invalidated.
    expect(await db.searchCard.findUnique({ where: { offerId_locale: { offerId: missing, locale: "fa" } } })).not.toBeNull();
    expect(await publicVersion()).toBeGreaterThan(before);
    const audit = await db.auditEntry.findFirst({ where: { entityId: missing, action: "translation.machine" } });
    expect(audit?.userId).toBe(coordinator!.id);
  });

  it("leaves reviewed text alone and counts what the provider refused", async () => {
    expect((await row(reviewed, "fa"))!).toMatchObject({ title: "کافه والدین", status: "reviewed" });
    expect(await row(failing, "fa")).toBeNull();
    const job = await db.translationJob.findFirstOrThrow({ where: { locale: "fa", scope: "missing" } });
    expect(job.failed).toBe(1);
    expect(JSON.parse(job.report!).errors[0]).toMatch(/LibreTranslate: answered 500/);
  });

  it("sends nothing the second time: nothing is missing any more but the refused text", async () => {
    const sent = standIn.requests.length;
    const queued = await enqueueBulkTranslation("fa", "missing", coordinator);
    await runTranslationJobs();
    const job = await db.translationJob.findUniqueOrThrow({ where: { id: queued.ok ? queued.id : "" } });
    expect(job.total).toBe(1);
    expect(standIn.requests.length - sent).toBe(1);
  });

  it("lets only staff start a bulk job", async () => {
    const editor = await db.user.create({ data: { email: "mt-editor@example.org", name: "E", role: "editor", organizationId: org } });
    expect(await enqueueBulkTranslation("fa", "missing", { id: editor.id, role: "editor", organizationId: org })).toEqual({ ok: false, formError: "forbidden" });
    expect(await enqueueBulkTranslation("de", "missing", coordinator)).toEqual({ ok: false, formError: "invalid" });
  });
});

describe("saving German text", () => {
  it("queues its record's languages: missing and outdated machine texts are redone, reviewed ones stay flagged", async () => {
    const texts = offerTexts("Nähcafé");
    const id = await offer("mt-speichern", texts, [
      { locale: "ar", title: "قديم", summary: "قديم", status: "machine", sourceHash: sourceHash("offer", texts) },
      { locale: "uk", title: "Перевірено", summary: "Перевірено", status: "reviewed", sourceHash: sourceHash("offer", texts) },
    ]);
    const found = (await offerForEditing(id))!;
    const values = nestValues(found.values) as { translations: Record<string, Record<string, string>> };
    values.translations.de!.title = "Nähcafé für alle";
    const saved = await updateOffer({ ...values, id, version: String(found.record.version) }, coordinator);
    expect(saved.ok).toBe(true);
    expect(await db.translationJob.count({ where: { scope: `offer:${id}`, status: "queued" } })).toBe(1);

    await runTranslationJobs();
    const hash = sourceHash("offer", await german(id));
    expect(await row(id, "ar")).toMatchObject({ title: "[ar] Nähcafé für alle", status: "machine", sourceHash: hash });
    expect(await row(id, "tr")).toMatchObject({ title: "[tr] Nähcafé für alle", status: "machine", sourceHash: hash });
    const uk = (await row(id, "uk"))!;
    expect(uk.title).toBe("Перевірено");
    expect(translationState(uk, hash)).toBe("outdated");
  });
});

describe("a job whose process stopped", () => {
  it("goes back to the queue and is finished by the next runner", async () => {
    const queued = await enqueueBulkTranslation("tr", "missing", coordinator);
    const id = queued.ok ? queued.id : "";
    await db.translationJob.update({ where: { id }, data: { status: "running", lockedUntil: new Date(Date.now() - 1000) } });
    expect(await requeueStaleTranslationJobs()).toBe(1);
    await runTranslationJobs();
    expect((await db.translationJob.findUniqueOrThrow({ where: { id } })).status).toBe("succeeded");
  });
});
