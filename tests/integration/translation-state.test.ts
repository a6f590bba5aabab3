// Where a translation stands, as every writer of texts leaves it and as the translation pages count
// and list it, on SQLite and (with TEST_POSTGRES_URL) PostgreSQL: a German change makes the other
// languages outdated, a person's translation is reviewed and current, a machine text can be
// confirmed, a translator is held to their languages, and the database's counts agree with
// translationState in lib/translations/status.ts.
import type { Session } from "next-auth";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { userOfSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { nestValues } from "@/lib/forms/values";
import { applyImport } from "@/lib/hsds/import/run";
import { createOffer, offerForEditing, updateOffer } from "@/lib/offers/editing";
import { markTranslationReviewed, saveTranslation } from "@/lib/translations/editing";
import { translationProgress } from "@/lib/translations/progress";
import { QUEUE_PAGE_SIZE, translationQueue } from "@/lib/translations/queue";
import { translationView } from "@/lib/translations/record";
import { sourceHash, translationState, type TranslationState } from "@/lib/translations/status";
import { seedReference } from "@/prisma/seed/reference";

let coordinator: Actor;
let translator: Actor;
let organizationId: string;

const asRequestSees = (id: string) => userOfSession({ user: { id, sessionVersion: 1 }, expires: "" } as unknown as Session);

let counter = 0;
async function newOffer(fa: { title: string; summary: string } | null = { title: "کلاس زبان", summary: "آلمانی یاد بگیرید." }) {
  const result = await createOffer(
    {
      organizationId,
      status: "published",
      translations: {
        de: { title: `Sprachkurs ${++counter}`, summary: "Deutsch lernen." },
        ...(fa ? { fa } : {}),
      },
    },
    coordinator,
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

/** The offer form sent back as loaded, with some fields changed. */
async function saveOfferForm(id: string, changes: Record<string, string>) {
  const found = (await offerForEditing(id))!;
  return updateOffer({ ...nestValues({ ...found.values, ...changes }), id, version: String(found.record.version) }, coordinator);
}

async function stateOf(id: string, locale: string): Promise<TranslationState> {
  return (await translationView("offer", id, locale))!.state;
}

beforeAll(async () => {
  await db.$transaction((tx) => seedReference(tx));
  const c = await db.user.create({ data: { email: "k@example.org", name: "Koordination", role: "coordinator" } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  const t = await db.user.create({
    data: { email: "t@example.org", name: "Übersetzung", role: "translator", translatorLanguages: { create: [{ locale: "fa" }] } },
  });
  translator = await asRequestSees(t.id);
  organizationId = (await db.organization.create({ data: { slug: "verein", name: "Verein", type: "migrant_organisation" } })).id;
});

describe("translation status kept by the offer editor", () => {
  it("stores a translation typed with the offer as reviewed and made from its German", async () => {
    const id = await newOffer();
    const rows = await db.offerTranslation.findMany({ where: { offerId: id }, orderBy: { locale: "asc" } });
    const german = rows.find((r) => r.locale === "de")!;
    const farsi = rows.find((r) => r.locale === "fa")!;
    expect(farsi.status).toBe("reviewed");
    expect(farsi.sourceHash).toBe(sourceHash("offer", { title: german.title, summary: german.summary }));
    expect(farsi.translatedAt).not.toBeNull();
    expect(await stateOf(id, "fa")).toBe("reviewed");
    expect(await stateOf(id, "tr")).toBe("missing");
  });

  it("leaves the translation outdated when only the German text changes, and current when nothing does", async () => {
    const id = await newOffer();
    const before = await db.offerTranslation.findUniqueOrThrow({ where: { offerId_locale: { offerId: id, locale: "fa" } } });
    expect(await saveOfferForm(id, {})).toMatchObject({ ok: true });
    expect(await stateOf(id, "fa")).toBe("reviewed");

    expect(await saveOfferForm(id, { "translations.de.title": "Sprachkurs am Abend" })).toMatchObject({ ok: true });
    const after = await db.offerTranslation.findUniqueOrThrow({ where: { offerId_locale: { offerId: id, locale: "fa" } } });
    expect(after.sourceHash).toBe(before.sourceHash);
    expect(await stateOf(id, "fa")).toBe("outdated");
    // The side-by-side view shows the German the translation was made from.
    const view = (await translationView("offer", id, "fa"))!;
    expect(view.germanThen?.title).toBe(`Sprachkurs ${counter}`);
    expect(view.german.title).toBe("Sprachkurs am Abend");

    // Correcting the Farsi text in the same editor makes it current again.
    expect(await saveOfferForm(id, { "translations.fa.title": "کلاس زبان عصر" })).toMatchObject({ ok: true });
    expect(await stateOf(id, "fa")).toBe("reviewed");
  });
});

describe("a form that was open while machine translations arrived", () => {
  /** The offer form as it was loaded, then a machine translation lands before it is saved. */
  async function loadThenMachineArrives() {
    const id = await newOffer(null);
    const found = (await offerForEditing(id))!;
    await db.offerTranslation.create({
      data: { offerId: id, locale: "ar", title: "دورة لغة", summary: "تعلم الألمانية.", status: "machine", sourceHash: "x" },
    });
    const send = (changes: Record<string, string>) =>
      updateOffer({ ...nestValues({ ...found.values, ...changes }), id, version: String(found.record.version) }, coordinator);
    return { id, send };
  }

  it("keeps the machine text it never showed when it saves", async () => {
    const { id, send } = await loadThenMachineArrives();
    expect(await send({ "translations.de.summary": "Deutsch lernen am Abend.", translationsShown: "de" })).toMatchObject({ ok: true });
    const arabic = await db.offerTranslation.findUnique({ where: { offerId_locale: { offerId: id, locale: "ar" } } });
    expect([arabic?.title, arabic?.status]).toEqual(["دورة لغة", "machine"]);
    expect((await offerForEditing(id))!.values["translations.ar.title"]).toBe("دورة لغة");
  });

  it("deletes a text the form showed and the user emptied", async () => {
    const { id, send } = await loadThenMachineArrives();
    expect(await send({ translationsShown: "ar,de" })).toMatchObject({ ok: true });
    expect(await db.offerTranslation.count({ where: { offerId: id, locale: "ar" } })).toBe(0);
  });
});

describe("the side-by-side view's saves", () => {
  it("saves a translator's text as reviewed, and a form opened before cannot save over it", async () => {
    const id = await newOffer(null);
    const stale = (await offerForEditing(id))!;
    const view = (await translationView("offer", id, "fa"))!;
    const saved = await saveTranslation(
      { kind: "offer", id, locale: "fa", version: String(view.version), texts: { title: " کلاس شبانه ", summary: "خلاصه" } },
      translator,
    );
    expect(saved).toMatchObject({ ok: true, data: { values: { "texts.title": "کلاس شبانه", "texts.summary": "خلاصه", "texts.description": "" } } });
    expect(await stateOf(id, "fa")).toBe("reviewed");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "translate" } });
    expect(audit.userId).toBe(translator!.id);

    const overwrite = await updateOffer(
      { ...nestValues(stale.values), id, version: String(stale.record.version) },
      coordinator,
    );
    expect(overwrite).toMatchObject({ ok: false, formError: "conflict" });
    expect((await translationView("offer", id, "fa"))!.target?.title).toBe("کلاس شبانه");
  });

  it("refuses a translator in a language not assigned to them, whatever the form says, and changes nothing", async () => {
    const id = await newOffer(null);
    const view = (await translationView("offer", id, "tr"))!;
    const attempt = { kind: "offer", id, locale: "tr", version: String(view.version), texts: { title: "Dil kursu", summary: "Almanca" } };
    expect(await saveTranslation({ ...attempt, languages: ["tr"] }, translator)).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await db.offerTranslation.count({ where: { offerId: id, locale: "tr" } })).toBe(0);
    // German is never a translation target, for anyone.
    expect(await saveTranslation({ ...attempt, locale: "de" }, coordinator)).toMatchObject({ ok: false });
  });

  it("asks for what a translation cannot do without and keeps nothing half-saved", async () => {
    const id = await newOffer(null);
    const view = (await translationView("offer", id, "fa"))!;
    const result = await saveTranslation({ kind: "offer", id, locale: "fa", version: String(view.version), texts: { title: "فقط عنوان" } }, translator);
    expect(result).toMatchObject({ ok: false, fieldErrors: { "texts.summary": ["required"] } });
    expect(await stateOf(id, "fa")).toBe("missing");
  });

  it("confirms a machine translation as it is, for the German as it is now", async () => {
    const id = await newOffer(null);
    await db.offerTranslation.create({ data: { offerId: id, locale: "fa", title: "ماشین", summary: "ترجمه", status: "machine", sourceHash: "older" } });
    expect(await stateOf(id, "fa")).toBe("outdated");
    const view = (await translationView("offer", id, "fa"))!;
    expect(await markTranslationReviewed({ kind: "offer", id, locale: "fa", version: String(view.version) }, translator)).toMatchObject({ ok: true });
    const row = await db.offerTranslation.findUniqueOrThrow({ where: { offerId_locale: { offerId: id, locale: "fa" } } });
    expect([row.status, row.title]).toEqual(["reviewed", "ماشین"]);
    expect(await stateOf(id, "fa")).toBe("reviewed");
  });
});

describe("imports", () => {
  const header = "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,title_fa,summary_fa,status";
  const file = (line: string) => ({ name: "angebote.csv", text: `${header}\n${line}` });

  it("mark a translation the file brings as reviewed and leave an unchanged one outdated when the German changes", async () => {
    expect(await applyImport(file("imp-1,imp-verein,Importverein,migrant_organisation,Kochkurs,Zusammen kochen.,کلاس آشپزی,با هم آشپزی کنیم.,published"), coordinator)).toMatchObject({ ok: true });
    const id = (await db.offer.findFirstOrThrow({ where: { externalId: "imp-1" } })).id;
    expect(await stateOf(id, "fa")).toBe("reviewed");
    expect(await applyImport(file("imp-1,imp-verein,Importverein,migrant_organisation,Kochkurs am Abend,Zusammen kochen.,کلاس آشپزی,با هم آشپزی کنیم.,published"), coordinator)).toMatchObject({ ok: true });
    expect(await stateOf(id, "fa")).toBe("outdated");
    expect(await applyImport(file("imp-1,imp-verein,Importverein,migrant_organisation,Kochkurs am Abend,Zusammen kochen.,کلاس آشپزی عصر,با هم آشپزی کنیم.,published"), coordinator)).toMatchObject({ ok: true });
    expect(await stateOf(id, "fa")).toBe("reviewed");
  });
});

describe("counts and queues", () => {
  it("count every record in the state translationState gives it", async () => {
    // Beside what the tests above left: a current machine text and one from before hashes were kept.
    const machine = await newOffer(null);
    const german = await db.offerTranslation.findUniqueOrThrow({
      where: { offerId_locale: { offerId: machine, locale: "de" } },
      select: { title: true, summary: true, description: true, eligibility: true, howToJoin: true, costNote: true },
    });
    await db.offerTranslation.create({
      data: { offerId: machine, locale: "fa", title: "ماشین", summary: "ترجمه", status: "machine", sourceHash: sourceHash("offer", german) },
    });
    await db.offerTranslation.create({ data: { offerId: machine, locale: "ar", title: "قديم", summary: "نص", sourceHash: null } });
    await saveOfferForm(await newOffer(), { "translations.de.summary": "Deutsch lernen, abends." });
    const rows = await db.offerTranslation.findMany({
      where: { offer: { status: { not: "archived" } } },
      select: { offerId: true, locale: true, title: true, summary: true, description: true, eligibility: true, howToJoin: true, costNote: true, status: true, sourceHash: true },
    });
    const byOffer = new Map<string, typeof rows>();
    for (const row of rows) byOffer.set(row.offerId, [...(byOffer.get(row.offerId) ?? []), row]);
    const expected: Record<string, Record<TranslationState, number>> = {};
    for (const locale of ["en", "ar", "fa", "uk", "ru", "tr"]) {
      expected[locale] = { missing: 0, machine: 0, reviewed: 0, outdated: 0 };
      for (const texts of byOffer.values()) {
        const german = texts.find((t) => t.locale === "de");
        if (!german) continue;
        expected[locale][translationState(texts.find((t) => t.locale === locale), sourceHash("offer", german))]++;
      }
    }
    const progress = await translationProgress();
    for (const { locale, byKind } of progress) {
      const { total, ...counts } = byKind.offer;
      expect([locale, counts]).toEqual([locale, expected[locale]]);
      expect(total).toBe(byOffer.size);
    }
    // Every state is among them, so each branch of both definitions was compared.
    expect(Object.values(expected.fa!).every((n) => n > 0)).toBe(true);
  });

  it("list a language's queue 20 to a page, each record once, and recount after a save", async () => {
    for (let i = 0; i < QUEUE_PAGE_SIZE + 3; i++) await newOffer(null);
    const missing = (await translationProgress()).find((p) => p.locale === "uk")!.byKind.offer.missing;
    expect(missing).toBeGreaterThanOrEqual(QUEUE_PAGE_SIZE + 3);
    const pages = Math.ceil(missing / QUEUE_PAGE_SIZE);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const rows = await translationQueue("uk", "offer", "missing", page);
      expect(rows.length).toBe(page < pages ? QUEUE_PAGE_SIZE : missing - QUEUE_PAGE_SIZE * (pages - 1));
      seen.push(...rows.map((r) => r.id));
    }
    expect(new Set(seen).size).toBe(missing);

    const first = seen[0]!;
    const view = (await translationView("offer", first, "uk"))!;
    await saveTranslation({ kind: "offer", id: first, locale: "uk", version: String(view.version), texts: { title: "Курс", summary: "Німецька" } }, coordinator);
    const after = (await translationProgress()).find((p) => p.locale === "uk")!.byKind.offer;
    expect([after.missing, after.reviewed]).toEqual([missing - 1, expect.any(Number)]);
    expect((await translationQueue("uk", "offer", "missing", 1)).map((r) => r.id)).not.toContain(first);
  });
});
