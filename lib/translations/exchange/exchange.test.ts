// The exchange formats and the plan, without a database: the plan reads records through a stand-in
// of the Prisma models that answers from memory.
import { describe, expect, it } from "vitest";
import { sourceHash, translationState } from "../status";
import { csvHeader, csvLines, readExchangeCsv } from "./csv";
import { MAX_EXCHANGE_RECORDS, planExchange } from "./plan";
import type { Reader } from "./records";
import type { ExportRecord, ReadFile } from "./units";
import { readXliff, xliffEnd, xliffFileEnd, xliffFileStart, xliffGroup, xliffStart } from "./xliff";

const offerId = "3f1c2b9e-1111-4a4a-9999-000000000001";
const german = {
  title: "Sprachcafé für Frauen",
  summary: "Deutsch üben & Kinder betreuen <kostenlos>.",
  description: null,
};
const farsi = { title: "کافه زبان برای زنان", summary: "تمرین آلمانی.", description: null };

type Stored = { locale: string; status: "machine" | "reviewed"; sourceHash: string | null } & Record<string, unknown>;
/** A database of one offer, answering the one query the plan makes. */
function readerWith(rows: Stored[]): Reader {
  const offer = {
    findMany: async () => [{ id: offerId, slug: "sprachcafe", translations: rows }],
  };
  return {
    offer,
    organization: { findMany: async () => [] },
    programme: { findMany: async () => [] },
  } as unknown as Reader;
}

const germanRow = (texts = german): Stored => ({ locale: "de", status: "reviewed", sourceHash: null, ...texts });
const hash = (texts = german) => sourceHash("offer", texts);
const farsiRow = (texts = farsi, status: "machine" | "reviewed" = "reviewed", from = hash()): Stored => ({
  locale: "fa",
  status,
  sourceHash: from,
  ...texts,
});

function exported(rows: Stored[]): ExportRecord {
  const target = rows.find((r) => r.locale === "fa") ?? null;
  const stored = target ? { status: target.status, sourceHash: target.sourceHash } : null;
  return {
    kind: "offer",
    id: offerId,
    label: "sprachcafe",
    german,
    sourceHash: hash(),
    state: translationState(stored, hash()),
    target: target ? { title: target.title as string, summary: target.summary as string, description: null } : null,
  };
}

const xliffOf = (record: ExportRecord) =>
  xliffStart("fa") + xliffFileStart("offer") + xliffGroup(record) + xliffFileEnd() + xliffEnd();
const csvOf = (record: ExportRecord) => csvHeader() + csvLines(record, "fa");

describe("XLIFF 2.0", () => {
  it("writes a group per record with the German source, the target, its state and the source fingerprint", () => {
    const text = xliffOf(exported([germanRow(), farsiRow()]));
    expect(text).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(text).toContain('srcLang="de" trgLang="fa"');
    expect(text).toContain(`<group id="offer.${offerId}" name="sprachcafe">`);
    expect(text).toContain(`<unit id="offer.${offerId}.title" name="title">`);
    expect(text).toContain('<segment state="reviewed">');
    expect(text).toContain("Deutsch üben &amp; Kinder betreuen &lt;kostenlos&gt;.");
    expect(text).toContain(`<mda:meta type="sourceHash">${hash()}</mda:meta>`);
    // A field without German text has nothing to translate.
    expect(text).not.toContain(".description");
  });

  it("reads back what it wrote: ids, targets, states and fingerprint", () => {
    const read = readXliff(xliffOf(exported([germanRow(), farsiRow(farsi, "machine")])));
    expect(read.fileErrors).toEqual([]);
    expect(read.language).toBe("fa");
    expect(read.units).toEqual([
      expect.objectContaining({
        kind: "offer",
        id: offerId,
        field: "title",
        target: farsi.title,
        state: "translated",
        sourceHash: hash(),
      }),
      expect.objectContaining({
        kind: "offer",
        id: offerId,
        field: "summary",
        target: farsi.summary,
        state: "translated",
      }),
    ]);
  });

  it("refuses a file that is not well-formed, saying where", () => {
    const broken = xliffOf(exported([germanRow()])).replace("</group>", "");
    const read = readXliff(broken);
    expect(read.units).toEqual([]);
    expect(read.fileErrors).toEqual([
      { key: "xmlMalformed", params: { message: expect.stringContaining("group"), line: expect.any(Number) } },
    ]);
  });

  it("refuses entity declarations and other XLIFF versions", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff xmlns="${"urn:oasis:names:tc:xliff:document:2.0"}" version="2.0"/>`;
    expect(readXliff(bomb).fileErrors).toEqual([{ key: "xmlDoctype" }]);
    const old = `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>`;
    expect(readXliff(old).fileErrors).toEqual([{ key: "xliffVersion", params: { version: "1.2" } }]);
  });

  it("reads character references as the characters a translation tool meant", () => {
    const text = xliffOf(exported([germanRow(), farsiRow()])).replace(
      `${farsi.title}</target>`,
      `&#1583;&#x631;&#160;&amp;#60;b&amp;#62;</target>`,
    );
    expect(readXliff(text).units[0]).toMatchObject({ field: "title", target: "\u062f\u0631\u00a0&#60;b&#62;" });
  });

  it("marks a target with inline markup, which a plain text cannot keep", () => {
    const text = xliffOf(exported([germanRow(), farsiRow()])).replace(
      `${farsi.title}</target>`,
      `${farsi.title}<ph id="1"/></target>`,
    );
    expect(readXliff(text).units[0]).toMatchObject({ field: "title", markup: true });
  });
});

describe("CSV", () => {
  it("neutralises cells a spreadsheet would run as a formula, and reads them back as they were", () => {
    const record = {
      ...exported([germanRow()]),
      german: { ...german, title: '=HYPERLINK("https://evil.example","x")' },
    };
    const text = csvOf(record);
    expect(text.startsWith("\uFEFFkind,id,field,german,translation,status,language,source_hash")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    const withTarget = text.replace(`,,missing,fa,`, `,"'=1+1",missing,fa,`);
    expect(readExchangeCsv(withTarget).units[0]).toMatchObject({ field: "title", target: "=1+1" });
  });

  it("refuses a file without the columns it needs", () => {
    expect(readExchangeCsv("kind,id,field\noffer,x,title\n").fileErrors).toEqual([
      { key: "csvColumns", params: { columns: "german, translation, language, source_hash" } },
    ]);
  });
});

describe("the plan of an import", () => {
  const plan = (rows: Stored[], file: ReadFile) => planExchange(readerWith(rows), file, "fa");

  for (const [format, write, read] of [
    ["XLIFF", xliffOf, readXliff],
    ["CSV", csvOf, readExchangeCsv],
  ] as const) {
    it(`${format}: exporting and importing the same file changes nothing`, async () => {
      for (const rows of [[germanRow(), farsiRow()], [germanRow(), farsiRow(farsi, "machine")], [germanRow()]]) {
        const planned = await plan(rows, read(write(exported(rows))));
        expect(planned.writes).toEqual([]);
        expect(planned.counts.reject).toBe(0);
      }
    });

    it(`${format}: an edited target is imported as reviewed, from the German text it was exported with`, async () => {
      const rows = [germanRow(), farsiRow(farsi, "machine")];
      const text = write(exported(rows)).replace(farsi.title, "کافه زبان زنان");
      const planned = await plan(rows, read(text));
      expect(planned.counts).toMatchObject({ update: 1, reject: 0 });
      expect(planned.rows[0]).toMatchObject({ action: "update", fields: ["title"], outdated: false });
      expect(planned.writes[0]).toMatchObject({
        texts: { title: "کافه زبان زنان", summary: farsi.summary },
        sourceHash: hash(),
      });
    });
  }

  it("flags a record whose German text changed since the export, and keeps the old fingerprint", async () => {
    const before = [germanRow(), farsiRow()];
    const text = xliffOf(exported(before)).replace(farsi.title, "عنوان تازه");
    const changedGerman = { ...german, title: "Sprachcafé für Mütter" };
    const planned = await plan([germanRow(changedGerman), farsiRow()], readXliff(text));
    expect(planned.rows[0]).toMatchObject({ action: "update", outdated: true, reasons: [{ key: "germanChanged" }] });
    expect(planned.writes[0]!.sourceHash).toBe(hash());
    expect(planned.writes[0]!.sourceHash).not.toBe(hash(changedGerman));
  });

  it("skips empty targets and refuses a new translation without its required texts", async () => {
    const missing = [germanRow()];
    const onlyTitle = xliffOf(exported(missing)).replace(
      `<source>${german.title}</source>`,
      `<source>${german.title}</source><target>عنوان</target>`,
    );
    const planned = await plan(missing, readXliff(onlyTitle));
    expect(planned.rows[0]).toMatchObject({
      action: "reject",
      reasons: [{ key: "incomplete", params: { fields: "summary" } }],
    });
    const empty = await plan(missing, readXliff(xliffOf(exported(missing))));
    expect(empty.rows[0]).toMatchObject({ action: "skip" });
    expect(empty.counts.emptyTargets).toBe(2);
  });

  it("refuses unknown ids and a file for another language", async () => {
    const rows = [germanRow(), farsiRow()];
    const other = xliffOf(exported(rows)).replaceAll(offerId, "00000000-0000-4000-8000-000000000000");
    const unknown = await planExchange(
      { ...readerWith(rows), offer: { findMany: async () => [] } } as unknown as Reader,
      readXliff(other),
      "fa",
    );
    expect(unknown.rows[0]).toMatchObject({ action: "reject", reasons: [{ key: "unknownId" }] });
    const arabic = await planExchange(readerWith(rows), readXliff(xliffOf(exported(rows))), "ar");
    expect(arabic.fileErrors).toEqual([{ key: "wrongLanguage", params: { language: "fa", expected: "ar" } }]);
  });
});

describe("the bound of an import on the request", () => {
  it("refuses a file with more records than it takes at once, naming both numbers", async () => {
    const units = Array.from({ length: MAX_EXCHANGE_RECORDS + 1 }, (_, i) => ({
      ref: String(i + 2),
      kind: "offer",
      id: `id-${i}`,
      field: "title",
      target: "x",
      state: null,
      sourceHash: "h",
      language: "fa",
    }));
    const planned = await planExchange(readerWith([]), { format: "csv", language: null, units, fileErrors: [] }, "fa");
    expect(planned.fileErrors).toEqual([
      { key: "tooManyRecords", params: { max: MAX_EXCHANGE_RECORDS, count: MAX_EXCHANGE_RECORDS + 1 } },
    ]);
    expect(planned.writes).toEqual([]);
  });
});
