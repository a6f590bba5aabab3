import { describe, expect, it } from "vitest";
import { can, type Action, type Actor } from "./policy";

const actors: Record<string, Actor> = {
  anonymous: null,
  admin: { id: "a", role: "admin", organizationId: null },
  coordinator: { id: "c", role: "coordinator", organizationId: null },
  editor: { id: "e", role: "editor", organizationId: "org-1" },
};

// Every cell of role × action, written out so that a changed rule shows up as a changed line.
const matrix: Record<Action, Record<keyof typeof actors, boolean>> = {
  "inquiry.create": { anonymous: true, admin: true, coordinator: true, editor: true },
  "inquiry.read": { anonymous: false, admin: true, coordinator: true, editor: false },
  "inquiry.update": { anonymous: false, admin: true, coordinator: true, editor: false },
  "backoffice.enter": { anonymous: false, admin: true, coordinator: true, editor: true },
};

describe("authorisation policy", () => {
  for (const [action, row] of Object.entries(matrix)) {
    for (const [who, allowed] of Object.entries(row)) {
      it(`${who} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(actors[who]!, action as Action)).toBe(allowed);
      });
    }
  }
});
