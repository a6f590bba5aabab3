import { describe, expect, it } from "vitest";
import adminDe from "../../messages/admin/de.json";
import adminEn from "../../messages/admin/en.json";
import publicDe from "../../messages/de.json";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { actionLabel, describeChanges, recordKindLabel, referencedIds, type Words } from "./describe";
import { changedFields } from "./diff";

// The back office's own catalogues, looked up as next-intl does (dotted keys, {name} placeholders).
function wordsFor(locale: "de" | "en", names: Record<string, string> = {}): Words {
  const messages = { ...publicDe, admin: locale === "de" ? adminDe : adminEn } as Record<string, unknown>;
  const find = (key: string) =>
    key
      .split(".")
      .reduce<unknown>(
        (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
        messages,
      );
  return {
    t: (key, values = {}) => {
      const text = find(key);
      if (typeof text !== "string") throw new Error(`no message ${key}`);
      return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
    },
    has: (key) => typeof find(key) === "string",
    locale,
    names: new Map(Object.entries(names)),
  };
}

const provider = "0b6c1f57-2c53-4d5e-9a43-3f3f1c2a0001";
const otherProvider = "0b6c1f57-2c53-4d5e-9a43-3f3f1c2a0002";
const term = "5b382f06-1111-4222-8333-444455556666";
const goneTerm = "5b382f06-1111-4222-8333-000000000000";

describe("describeChanges", () => {
  it("names a weekly time's field by its row and the weekday by its name", () => {
    const changes = changedFields({ "schedules.0.weekday": "2" }, { "schedules.0.weekday": "3" });
    expect(describeChanges("Offer", changes, wordsFor("de"))).toEqual([
      { field: "schedules.0.weekday", label: "Termin 1: Wochentag", before: "Dienstag", after: "Mittwoch" },
    ]);
    expect(describeChanges("Offer", changes, wordsFor("en"))[0]).toMatchObject({
      label: "Time 1: Weekday",
      before: "Tuesday",
      after: "Wednesday",
    });
  });

  it("uses the form's labels in the back office's language, with the language of a text", () => {
    const changes = changedFields(
      { status: "draft", "translations.ar.title": "", free: "false" },
      { status: "published", "translations.ar.title": "دورة", free: "true" },
    );
    expect(
      describeChanges("Offer", changes, wordsFor("de")).map(({ label, before, after }) => [label, before, after]),
    ).toEqual([
      ["Status", "Entwurf", "Veröffentlicht"],
      [`Titel (${"العربية"})`, "–", "دورة"],
      ["Kostenlos", "nein", "ja"],
    ]);
    expect(describeChanges("Offer", changes, wordsFor("en"))[0]).toMatchObject({
      label: "Status",
      before: "Draft",
      after: "Published",
    });
  });

  it("shows organisations and categories by name, and says when one is gone", () => {
    const words = wordsFor("de", {
      [provider]: "Brücke Aachen e. V.",
      [otherProvider]: "Caritas Aachen",
      [term]: "Sprache",
    });
    const changes = changedFields(
      { organizationId: provider, terms: [term] },
      { organizationId: otherProvider, terms: [term, goneTerm] },
    );
    expect(describeChanges("Offer", changes, words).map(({ label, before, after }) => [label, before, after])).toEqual([
      ["Träger", "Brücke Aachen e. V.", "Caritas Aachen"],
      ["Kategorien und Zielgruppen", "Sprache", "Sprache, nicht mehr vorhanden"],
    ]);
  });

  it("reads kinds, relationship types, roles and languages in words", () => {
    const words = wordsFor("de");
    const shown = (type: string, field: string, before: unknown, after: unknown) =>
      describeChanges(type, changedFields({ [field]: before }, { [field]: after }), words)[0];
    expect(shown("Relationship", "type", "cooperates_with", "funds")).toMatchObject({
      label: adminDe.relationships.type,
      before: "kooperiert mit",
      after: "fördert",
    });
    expect(shown("Organization", "type", "kita", "family_centre")).toMatchObject({
      before: publicDe.organisationTypes.kita,
      after: publicDe.organisationTypes.family_centre,
    });
    expect(shown("Participation", "role", "host_site", "partner")).toMatchObject({
      before: publicDe.participationRoles.host_site,
    });
    expect(shown("Offer", "languages", ["de"], ["de", "ar"])).toMatchObject({
      before: "Deutsch",
      after: "Deutsch, Arabisch",
    });
    expect(shown("Offer", "schedules.1.interval", "1", "2")).toMatchObject({
      label: "Termin 2: Rhythmus",
      before: "jede Woche",
      after: "alle 2 Wochen",
    });
  });

  it("reads what a merge recorded in the back office's words", () => {
    const before = { status: "published", mergedInto: null };
    const after = {
      status: "archived",
      mergedInto: "Brücke e. V.",
      offers: 2,
      inquiries: 1,
      translations: ["ar", "fa"],
      fields: ["email", "website"],
    };
    expect(
      describeChanges("Organization", changedFields(before, after), wordsFor("de")).map(({ label, after }) => [
        label,
        after,
      ]),
    ).toEqual([
      [adminDe.form.status, "Archiviert"],
      ["Aufgegangen in", "Brücke e. V."],
      ["Angebote", "2"],
      ["Anfragen dieser Einrichtung", "1"],
      ["Übernommene Beschreibungen", "Arabisch, Persisch"],
      ["Übernommene Angaben", "E-Mail, Website"],
    ]);
  });

  it("reads a saved network view and a freshness mail in words, the view's section without coordinates", () => {
    const view = changedFields(null, { name: "Brand", camera: { x: 0.5, y: 0.5, ratio: 1 }, positions: 82, shareUntil: "2026-12-13T00:00:00.000Z" });
    const shown = describeChanges("NetworkSavedView", view, wordsFor("en")).map(({ label, after }) => [label, after]);
    expect(shown.map(([label]) => label)).toEqual(["Name", "Section shown", "Organisations arranged", "Shared until"]);
    expect(shown[1]![1]).toBe("saved");
    expect(JSON.stringify(shown)).not.toContain("ratio");
    const mail = changedFields(null, { to: "partner@example.org", entries: ["Deutschkurs"], expiresAt: "2026-12-20T00:00:00.000Z" });
    expect(describeChanges("FreshnessRequest", mail, wordsFor("de")).map(({ label }) => label)).toEqual([
      adminDe.audit.inquiryFields.to,
      "Fällige Einträge",
      "Link gültig bis",
    ]);
  });

  it("shows a field no form names by its name, and an id there by its record's name", () => {
    const user = "7a0c1f57-2c53-4d5e-9a43-3f3f1c2a0009";
    const words = wordsFor("de", { [user]: "Aylin Kaya" });
    expect(describeChanges("OutboxMessage", changedFields({ sentBy: null }, { sentBy: user }), words)).toEqual([
      { field: "sentBy", label: "sentBy", before: "–", after: "Aylin Kaya" },
    ]);
  });
});

describe("referencedIds", () => {
  it("collects each id once, from single fields and lists, and nothing else", () => {
    const changes = changedFields(
      { organizationId: provider, note: "x" },
      { organizationId: otherProvider, terms: [term, provider], minAge: "3" },
    );
    expect(referencedIds(changes).sort()).toEqual([provider, otherProvider, term].sort());
  });
});

describe("a machine translation's entry", () => {
  it("names its texts by their labels and its language by name", () => {
    const changes = changedFields(null, { locale: "ar", title: "مقهى" });
    expect(describeChanges("Offer", changes, wordsFor("de")).map(({ label, after }) => [label, after])).toEqual([
      [adminDe.history.language, "Arabisch"],
      [adminDe.offers.textTitle, "مقهى"],
    ]);
  });
});

describe("actionLabel", () => {
  it("names what an entry did, a dotted action too, and keeps an unknown one as it is", () => {
    const words = wordsFor("de");
    expect(actionLabel("restore", words)).toBe(adminDe.audit.actions.restore);
    expect(actionLabel("translation.machine", words)).toBe(adminDe.audit.actions.translation_machine);
    expect(actionLabel("something.new", words)).toBe("something.new");
  });
});

// Every write of the app goes through lib/: what its audit entries call their records and actions.
function auditedInSource() {
  const root = join(__dirname, "..");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
  );
  const kinds = new Set<string>();
  const actions = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(root, file), "utf8");
    for (const [, kind] of source.matchAll(/entityType: "([A-Z]\w+)"/g)) kinds.add(kind!);
    // An audit entry names its action right before its record's kind.
    for (const [, action] of source.matchAll(/action: "([\w.]+)",\s*entityType:/g)) actions.add(action!);
  }
  return { kinds: [...kinds], actions: [...actions] };
}

describe("the audit's words for every kind of record and every action", () => {
  const { kinds, actions } = auditedInSource();

  it("finds the kinds and actions the app audits", () => {
    expect(kinds).toEqual(expect.arrayContaining(["Offer", "Inquiry", "ReplyTemplate"]));
    expect(actions).toEqual(expect.arrayContaining(["create", "reply", "merge"]));
  });

  it.each(["de", "en"] as const)("names each in %s, never by its model's name alone", (locale) => {
    const words = wordsFor(locale);
    expect(kinds.filter((kind) => !words.has(`admin.audit.types.${kind}`))).toEqual([]);
    expect(actions.filter((action) => actionLabel(action, words) === action)).toEqual([]);
    expect(recordKindLabel("ReplyTemplate", words)).toBe(locale === "de" ? "Antwortvorlage" : "Reply template");
  });
});

describe("an inquiry's entries", () => {
  const griffbereit = "9c1f57aa-2c53-4d5e-9a43-3f3f1c2a0003";
  const haaren = "9c1f57aa-2c53-4d5e-9a43-3f3f1c2a0004";
  const kita = "9c1f57aa-2c53-4d5e-9a43-3f3f1c2a0005";

  it("read a reply, a note and an arrival in the back office's words, programmes by name", () => {
    const de = wordsFor("de", { [griffbereit]: "Griffbereit", [haaren]: "Haaren", [kita]: "Kita Sonnenblume" });
    expect(actionLabel("reply", de)).toBe("Antwort gesendet");
    expect(
      describeChanges("Inquiry", changedFields(undefined, { to: "a@example.org", reply: "Guten Tag" }), de),
    ).toEqual([
      { field: "to", label: "An", before: "–", after: "a@example.org" },
      { field: "reply", label: "Antwort", before: "–", after: "Guten Tag" },
    ]);
    const arrival = changedFields(undefined, {
      institutionType: "kita",
      district: haaren,
      programmes: [griffbereit],
      locale: "ar",
      organizationId: kita,
    });
    expect(describeChanges("Inquiry", arrival, de).map((c) => `${c.label}: ${c.after}`)).toEqual([
      "Art: Kita",
      "Stadtbezirk: Haaren",
      "Programme: Griffbereit",
      "Sprache der Anfrage: Arabisch",
      "Organisation im Verzeichnis: Kita Sonnenblume",
    ]);
    const en = wordsFor("en", { [griffbereit]: "Griffbereit" });
    expect(
      describeChanges("Inquiry", changedFields({ status: "new" }, { status: "in_progress" }), en).map(
        (c) => `${c.label}: ${c.before} → ${c.after}`,
      ),
    ).toEqual(["Status: New → In progress"]);
  });
});
