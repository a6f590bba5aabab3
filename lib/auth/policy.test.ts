import { describe, expect, it } from "vitest";
import { actions, can, canSome, type Action, type Actor } from "./policy";

const actors = {
  anonymous: null,
  admin: { id: "a", role: "admin", organizationId: null },
  coordinator: { id: "c", role: "coordinator", organizationId: null },
  editor: { id: "e", role: "editor", organizationId: "org-1" },
} satisfies Record<string, Actor>;

type Who = keyof typeof actors;
// "own" is a record of the editor's organisation, "other" one of another organisation.
type Cell = { anonymous: boolean; admin: boolean; coordinator: boolean; editorOwn: boolean; editorOther: boolean };
const row = (
  anonymous: boolean,
  admin: boolean,
  coordinator: boolean,
  editorOwn: boolean,
  editorOther = editorOwn,
): Cell => ({
  anonymous,
  admin,
  coordinator,
  editorOwn,
  editorOther,
});

// Every cell of role × action, written out so that a changed rule shows up as a changed line.
const matrix: Record<Action, Cell> = {
  "inquiry.create": row(true, true, true, true),
  "inquiry.read": row(false, true, true, false),
  "inquiry.update": row(false, true, true, false),
  "backoffice.enter": row(false, true, true, true),
  "organisation.create": row(false, true, true, false),
  "organisation.update": row(false, true, true, false),
  "organisation.verify": row(false, true, true, false),
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
  "review.read": row(false, true, true, true),
  "network.read": row(false, true, true, false),
  "district.update": row(false, true, true, false),
  "data.import": row(false, true, true, false),
  "data.export": row(false, true, true, false),
  "mail.resend": row(false, true, true, false),
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
        expect(can(actor, action, { organizationId })).toBe(allowed);
      });
    }
  }

  it("never lets an editor without an organisation write offers", () => {
    const loose: Actor = { id: "x", role: "editor", organizationId: null };
    expect(can(loose, "offer.update", { organizationId: null })).toBe(false);
    expect(canSome(loose, "offer.update")).toBe(false);
    expect(canSome(actors.editor, "offer.update")).toBe(true);
  });
});
