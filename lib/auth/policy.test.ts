import { describe, expect, it } from "vitest";
import { actions, can, canSome, type Action, type Actor } from "./policy";

const actors = {
  anonymous: null,
  admin: { id: "a", role: "admin", organizationId: null },
  coordinator: { id: "c", role: "coordinator", organizationId: null },
  editor: { id: "e", role: "editor", organizationId: "org-1" },
  translator: { id: "t", role: "translator", organizationId: null, languages: ["fa", "ar"] },
} satisfies Record<string, Actor>;

type Who = keyof typeof actors;
// "own" is a record of the editor's organisation, "other" one of another organisation. Every cell
// asks about a record's Farsi translation where the action concerns one; the translator has Farsi.
type Cell = { anonymous: boolean; admin: boolean; coordinator: boolean; editorOwn: boolean; editorOther: boolean; translator: boolean };
const row = (
  anonymous: boolean,
  admin: boolean,
  coordinator: boolean,
  editorOwn: boolean,
  editorOther = editorOwn,
  translator = false,
): Cell => ({
  anonymous,
  admin,
  coordinator,
  editorOwn,
  editorOther,
  translator,
});

// Every cell of role × action, written out so that a changed rule shows up as a changed line.
const matrix: Record<Action, Cell> = {
  "inquiry.create": row(true, true, true, true, true, true),
  "inquiry.read": row(false, true, true, false),
  "inquiry.update": row(false, true, true, false),
  "backoffice.enter": row(false, true, true, true, true, true),
  "organisation.create": row(false, true, true, false),
  "organisation.update": row(false, true, true, false),
  "organisation.verify": row(false, true, true, false),
  "organisation.merge": row(false, true, true, false),
  "location.create": row(false, true, true, true, false),
  "location.update": row(false, true, true, true, false),
  "offer.read": row(false, true, true, true, false),
  "offer.create": row(false, true, true, true, false),
  "offer.update": row(false, true, true, true, false),
  "offer.verify": row(false, true, true, true, false),
  "programme.update": row(false, true, true, false),
  "participation.manage": row(false, true, true, false),
  "relationship.manage": row(false, true, true, false),
  "taxonomy.manage": row(false, true, true, false),
  "user.manage": row(false, true, false, false),
  "audit.read": row(false, true, true, false),
  "history.restore": row(false, true, true, false),
  "review.read": row(false, true, true, true),
  "network.read": row(false, true, true, false),
  "report.read": row(false, true, true, false),
  "network.views": row(false, true, true, false),
  "network.share": row(false, true, true, false),
  "network.shared": row(true, true, true, true, true, true),
  "district.update": row(false, true, true, false),
  "data.import": row(false, true, true, false),
  "data.export": row(false, true, true, false),
  "mail.resend": row(false, true, true, false),
  "translation.exchange": row(false, true, true, false, false, true),
  "dashboard.read": row(false, true, true, true),
  "profile.read": row(false, true, true, true, true, true),
  "translation.read": row(false, true, true, false, false, true),
  "translation.update": row(false, true, true, true, false, true),
  "translation.machine": row(false, true, true, true, false),
  "glossary.manage": row(false, true, true, false),
  "bulk.run": row(false, true, true, true),
  "freshness.manage": row(false, true, true, false),
  "inquiry.template": row(false, true, true, false),
};

describe("authorisation policy", () => {
  it("has a row for every action", () => {
    expect(Object.keys(matrix).sort()).toEqual([...actions].sort());
  });

  for (const [action, cell] of Object.entries(matrix) as Array<[Action, Cell]>) {
    for (const [who, allowed] of Object.entries(cell) as Array<[keyof Cell, boolean]>) {
      it(`${who} ${allowed ? "may" : "may not"} ${action}`, () => {
        const actor = actors[(who.startsWith("editor") ? "editor" : who) as Who];
        const organizationId = who === "editorOther" ? "org-2" : "org-1";
        expect(can(actor, action, { organizationId, locale: "fa", translationOf: "offer" })).toBe(allowed);
      });
    }
  }

  it("never lets an editor without an organisation write offers", () => {
    const loose: Actor = { id: "x", role: "editor", organizationId: null };
    expect(can(loose, "offer.update", { organizationId: null })).toBe(false);
    expect(canSome(loose, "offer.update")).toBe(false);
    expect(canSome(actors.editor, "offer.update")).toBe(true);
  });

  it("lets a translator edit only the languages assigned to them, never German", () => {
    const farsi = { locale: "fa", translationOf: "programme" } as const;
    expect(can(actors.translator, "translation.update", farsi)).toBe(true);
    expect(can(actors.translator, "translation.update", { ...farsi, locale: "ar" })).toBe(true);
    expect(can(actors.translator, "translation.update", { ...farsi, locale: "tr" })).toBe(false);
    expect(can(actors.translator, "translation.read", { locale: "tr" })).toBe(false);
    expect(can(actors.translator, "translation.update", { ...farsi, locale: "de" })).toBe(false);
    expect(can(actors.coordinator, "translation.update", { ...farsi, locale: "de" })).toBe(false);
    expect(can(actors.coordinator, "translation.update", { ...farsi, locale: "tr" })).toBe(true);
    // A language somewhere else than in the account (a form field, say) changes nothing.
    const none: Actor = { id: "n", role: "translator", organizationId: null };
    expect(can(none, "translation.update", farsi)).toBe(false);
    expect(canSome(none, "translation.read")).toBe(false);
    expect(canSome(actors.translator, "translation.read")).toBe(true);
    // The exchange page asks whether someone may exchange any language before it asks for its own.
    expect(canSome(actors.coordinator, "translation.exchange")).toBe(true);
    expect(canSome(actors.translator, "translation.exchange")).toBe(true);
    expect(canSome(actors.editor, "translation.exchange")).toBe(false);
    expect(canSome(none, "translation.exchange")).toBe(false);
  });

  it("lets a partner editor translate their own organisation's offers, not organisations or programmes", () => {
    const own = { organizationId: "org-1", locale: "tr" } as const;
    expect(can(actors.editor, "translation.update", { ...own, translationOf: "offer" })).toBe(true);
    expect(can(actors.editor, "translation.update", { ...own, translationOf: "organisation" })).toBe(false);
    expect(can(actors.editor, "translation.update", { ...own, translationOf: "programme" })).toBe(false);
  });
});
