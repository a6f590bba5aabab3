// Exchanging one language's texts with a translation agency, against a real database (SQLite, and
// PostgreSQL with TEST_POSTGRES_URL): what an export holds, that the same file imported back
// changes nothing, that an edited file is written all or nothing as reviewed text with the
// fingerprint of the export, and that German rows are never touched.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { exportPieces, type ExportRequest } from "@/lib/translations/exchange/export";
import { applyExchange, checkExchange } from "@/lib/translations/exchange/import";
import { sourceHash, translationState } from "@/lib/translations/status";
import { seedReferenceAndProgrammes } from "../support/seed";

let coordinator: Actor;
let editor: Actor;
let organizationId: string;

const german = { title: "Sprachcafé für Frauen", summary: "Deutsch üben, Kinder werden betreut." };

async function offer(
  slug: string,
  farsi?: { title: string; summary: string; status: "machine" | "reviewed"; sourceHash?: string },
) {
  const created = await db.offer.create({
    data: {
      organizationId,
      slug,
      status: "published",
      translations: {
        create: [
          { locale: "de", ...german, status: "reviewed" },
          ...(farsi ? [{ locale: "fa", ...farsi, sourceHash: farsi.sourceHash ?? sourceHash("offer", german) }] : []),
        ],
      },
    },
  });
  return created.id;
}

async function exported(request: Partial<ExportRequest> = {}): Promise<string> {
  let text = "";
  for await (const piece of exportPieces({
    locale: "fa",
    format: "xliff",
    scope: "open",
    kinds: ["offer"],
    ...request,
  }))
    text += piece;
  return text;
}

const farsiRow = (offerId: string) =>
  db.offerTranslation.findUnique({ where: { offerId_locale: { offerId, locale: "fa" } } });
const germanRows = () => db.offerTranslation.findMany({ where: { locale: "de" }, orderBy: { offerId: "asc" } });

/** A file with the Farsi title and summary of one offer set: what an agency sends back. */
function translated(text: string, offerId: string, title: string, summary = "خلاصه") {
  const unit = (field: string) =>
    new RegExp(
      `(<unit id="offer\\.${offerId}\\.${field}"[^>]*>\\s*<segment)[^>]*>\\s*<source>([^<]*)</source>(\\s*<target>[^<]*</target>)?`,
    );
  return text
    .replace(unit("title"), `$1 state="translated"><source>$2</source><target>${title}</target>`)
    .replace(unit("summary"), `$1 state="translated"><source>$2</source><target>${summary}</target>`);
}

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  organizationId = (
    await db.organization.create({
      data: {
        slug: "verein",
        name: "Brücke e. V.",
        type: "migrant_organisation",
        status: "published",
        translations: { create: { locale: "de", description: "Ein Verein für Familien." } },
      },
    })
  ).id;
  const user = await db.user.create({ data: { email: "k@example.org", name: "K", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
  const partner = await db.user.create({ data: { email: "e@example.org", name: "E", role: "editor", organizationId } });
  editor = { id: partner.id, role: "editor", organizationId };
});

describe("exporting a language", () => {
  it("holds what is missing or outdated, or everything when asked, each with its state", async () => {
    const missing = await offer("fehlt");
    const current = await offer("aktuell", { title: "عنوان", summary: "خلاصه", status: "reviewed" });
    const outdated = await offer("veraltet", {
      title: "قدیمی",
      summary: "خلاصه",
      status: "reviewed",
      sourceHash: "older",
    });
    const open = await exported();
    expect(open).toContain(`<group id="offer.${missing}"`);
    expect(open).toContain(`<group id="offer.${outdated}"`);
    expect(open).not.toContain(current);
    const all = await exported({ scope: "all", kinds: ["offer", "organisation", "programme"] });
    expect(all).toMatch(
      new RegExp(`<file id="organisations"[^>]*>\\s*<group id="organisation\\.${organizationId}" name="Brücke e\\. V\\.">`),
    );
    expect(all).toContain(`<group id="offer.${current}" name="aktuell">`);
    expect(all).toMatch(/<file id="programmes"[^>]*>[\s\S]*<group id="programme\./);
  });

  it("reads a large catalogue a page at a time and leaves nothing out", async () => {
    const many = Array.from({ length: 1_203 }, (_, i) => ({
      id: crypto.randomUUID(),
      organizationId,
      slug: `masse-${i}`,
    }));
    await db.offer.createMany({ data: many });
    await db.offerTranslation.createMany({
      data: many.map((o) => ({ offerId: o.id, locale: "de", title: o.slug, summary: "Kurz." })),
    });
    const csv = await exported({ format: "csv" });
    for (const o of many) expect(csv).toContain(`offer,${o.id},title,${o.slug},`);
    await db.offer.deleteMany({ where: { slug: { startsWith: "masse-" } } });
  });
});

describe("importing a language", () => {
  it("changes nothing when the exported file comes back as it was", async () => {
    await offer("rundreise", { title: "سفر", summary: "خلاصه", status: "machine" });
    const text = await exported({ scope: "all" });
    const audits = await db.auditEntry.count();
    const checked = await checkExchange({ name: "fa.xlf", text }, "fa", coordinator);
    expect(checked).toMatchObject({ ok: true, data: { counts: { create: 0, update: 0, reject: 0 } } });
    expect(await applyExchange({ name: "fa.xlf", text }, "fa", coordinator)).toMatchObject({
      ok: true,
      data: { applied: false },
    });
    expect(await db.auditEntry.count()).toBe(audits);
  });

  it("writes an edited target as reviewed text with the export's fingerprint, and leaves German alone", async () => {
    const id = await offer("bearbeitet", { title: "ماشینی", summary: "خلاصه", status: "machine" });
    const text = translated(await exported({ scope: "all" }), id, "کافه زبان");
    const germanBefore = await germanRows();
    const checked = await checkExchange({ name: "fa.xlf", text }, "fa", coordinator);
    expect(checked).toMatchObject({ ok: true, data: { counts: { update: 1, reject: 0 } } });
    if (!checked.ok) return;
    expect(checked.data.rows[0]).toMatchObject({ id, action: "update", fields: ["title"] });
    expect(await farsiRow(id)).toMatchObject({ title: "ماشینی", status: "machine" });

    const applied = await applyExchange({ name: "fa.xlf", text }, "fa", coordinator);
    expect(applied).toMatchObject({ ok: true, data: { applied: true, counts: { update: 1 } } });
    const row = await farsiRow(id);
    expect(row).toMatchObject({
      title: "کافه زبان",
      summary: "خلاصه",
      status: "reviewed",
      sourceHash: sourceHash("offer", german),
    });
    expect(row?.translatedAt).toBeInstanceOf(Date);
    expect(await germanRows()).toEqual(germanBefore);
    const history = await db.auditEntry.findMany({ where: { entityId: id, action: "importUpdate" } });
    expect(history).toHaveLength(1);
    expect(history[0]!.after).toMatchObject({ locale: "fa", title: "کافه زبان", status: "reviewed" });
    // Readers find the new title: the search card of the Farsi text is rewritten in the same save.
    expect(await db.searchCard.findUnique({ where: { offerId_locale: { offerId: id, locale: "fa" } } })).toMatchObject({
      title: "کافه زبان",
    });
  });

  it("imports a translation made from German text that changed meanwhile, which then shows as outdated", async () => {
    const id = await offer("umgeschrieben");
    const text = translated(await exported(), id, "عنوان", "خلاصه");
    await db.offerTranslation.update({
      where: { offerId_locale: { offerId: id, locale: "de" } },
      data: { title: "Neuer Titel" },
    });
    const checked = await checkExchange({ name: "fa.xlf", text }, "fa", coordinator);
    expect(checked).toMatchObject({ ok: true, data: { counts: { create: 1, outdated: 1, reject: 0 } } });
    expect(await applyExchange({ name: "fa.xlf", text }, "fa", coordinator)).toMatchObject({
      ok: true,
      data: { applied: true },
    });
    const row = await farsiRow(id);
    expect(translationState(row, sourceHash("offer", { ...german, title: "Neuer Titel" }))).toBe("outdated");
  });

  it("writes nothing when one record of the file is refused", async () => {
    const id = await offer("alles-oder-nichts");
    let text = translated(await exported(), id, "عنوان");
    const stranger = crypto.randomUUID();
    const group = text.match(new RegExp(`<group id="offer\\.${id}"[\\s\\S]*?</group>`))![0];
    text = text.replace("</file>", group.replaceAll(id, stranger) + "</file>");
    const outcome = await applyExchange({ name: "fa.xlf", text }, "fa", coordinator);
    expect(outcome).toMatchObject({ ok: false, formError: "rejected", report: { counts: { reject: 1 } } });
    if (outcome.ok) return;
    expect(outcome.report?.rows[0]).toMatchObject({ id: stranger, action: "reject", reasons: [{ key: "unknownId" }] });
    expect(await farsiRow(id)).toBeNull();
  });

  it("refuses a file for another language, a broken file and a partner editor", async () => {
    const id = await offer("sprache");
    const text = translated(await exported(), id, "عنوان");
    expect(await checkExchange({ name: "fa.xlf", text }, "ar", coordinator)).toMatchObject({
      ok: true,
      data: { fileErrors: [{ key: "wrongLanguage" }] },
    });
    expect(await applyExchange({ name: "fa.xlf", text: text.slice(0, -20) }, "fa", coordinator)).toMatchObject({
      ok: false,
      report: { fileErrors: [{ key: "xmlMalformed" }] },
    });
    expect(await applyExchange({ name: "fa.xlf", text }, "de", coordinator)).toMatchObject({
      ok: false,
      formError: "invalid",
    });
    expect(await applyExchange({ name: "fa.xlf", text }, "fa", editor)).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await farsiRow(id)).toBeNull();
  });

  it("takes the CSV an agency edited in a spreadsheet", async () => {
    const id = await offer("tabelle");
    const csv = await exported({ format: "csv" });
    const edited = csv
      .split("\r\n")
      .map((line) =>
        line.includes(id)
          ? line.replace(/,,missing,fa,/, line.includes(",title,") ? ",عنوان,missing,fa," : ",خلاصه,missing,fa,")
          : line,
      )
      .join("\r\n");
    expect(
      await applyExchange({ name: "fa.csv", text: edited.replace(/^\uFEFF/, "") }, "fa", coordinator),
    ).toMatchObject({
      ok: true,
      data: { applied: true, counts: { create: 1 } },
    });
    expect(await farsiRow(id)).toMatchObject({ title: "عنوان", summary: "خلاصه", status: "reviewed" });
  });
});
