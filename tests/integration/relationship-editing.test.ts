// Coordinators link organisations through the one write path: checked, versioned, audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import {
  createRelationship,
  deleteRelationship,
  listRelationshipsForAdmin,
  relationshipForEditing,
  updateRelationship,
} from "@/lib/relationships/editing";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
let city: string;
let cafe: string;
let kita: string;
let programme: string;
let relationshipId: string;

const input = (fields: Record<string, unknown> = {}) => ({
  fromId: city,
  toId: cafe,
  type: "funds",
  programmeId: "",
  since: "2024-01-01",
  until: "",
  note: "",
  ...fields,
});

beforeAll(async () => {
  const organisation = (slug: string, name: string) =>
    db.organization.create({ data: { slug, name, type: "city_department" }, select: { id: true } });
  city = (await organisation("stadt", "Stadt Aachen")).id;
  cafe = (await organisation("cafe", "Café Müller")).id;
  kita = (await organisation("kita", "Kita Sonnenschein")).id;
  programme = (await db.programme.create({ data: { slug: "griffbereit" } })).id;
  const c = await db.user.create({ data: { email: "c@example.org", name: "Koordination", role: "coordinator" } });
  const e = await db.user.create({
    data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: cafe },
  });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: cafe };
});

describe("relationships in the back office", () => {
  it("refuses an editor and creates nothing", async () => {
    expect(await createRelationship(input(), editor)).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    expect(await db.relationship.count()).toBe(0);
  });

  it("creates a relationship and audits it", async () => {
    const result = await createRelationship(input({ programmeId: programme }), coordinator);
    if (!result.ok) throw new Error(JSON.stringify(result));
    relationshipId = result.data.id;
    expect(result.data.version).toBe(1);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: relationshipId, action: "create" } });
    expect(audit).toMatchObject({
      userId: coordinator.id,
      entityType: "Relationship",
      after: { fromId: city, toId: cafe, type: "funds", programmeId: programme, since: "2024-01-01", until: "" },
    });
  });

  it("rejects a relationship of an organisation with itself, per field", async () => {
    const result = await createRelationship(input({ toId: city, type: "supports" }), coordinator);
    expect(result).toMatchObject({ ok: false, fieldErrors: { toId: ["sameOrganisation"] } });
  });

  it("rejects the same relationship twice, per field", async () => {
    const result = await createRelationship(input(), coordinator);
    expect(result).toEqual({ ok: false, fieldErrors: { type: ["duplicateRelationship"] }, formError: "invalid" });
    expect(await db.relationship.count()).toBe(1);
  });

  it("rejects an end before the start and choices that do not exist", async () => {
    expect(await createRelationship(input({ type: "supports", until: "2023-12-31" }), coordinator)).toMatchObject({
      ok: false,
      fieldErrors: { until: ["untilBeforeFrom"] },
    });
    expect(await createRelationship(input({ type: "supports", programmeId: "missing" }), coordinator)).toMatchObject({
      ok: false,
      fieldErrors: { programmeId: ["unknownChoice"] },
    });
    expect(await createRelationship(input({ type: "supports", toId: "missing" }), coordinator)).toMatchObject({
      ok: false,
      fieldErrors: { toId: ["unknownChoice"] },
    });
  });

  it("updates with the version it was loaded at, auditing before and after", async () => {
    const result = await updateRelationship(
      { ...input({ since: "2020-01-01", until: "2020-12-31" }), id: relationshipId, version: "1" },
      coordinator,
    );
    expect(result).toEqual({ ok: true, data: { id: relationshipId, version: 2, values: (await relationshipForEditing(relationshipId))!.values } });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: relationshipId, action: "update" } });
    expect(audit).toMatchObject({
      before: { until: "", programmeId: programme },
      after: { until: "2020-12-31", programmeId: "" },
    });
    expect((await relationshipForEditing(relationshipId))?.values).toMatchObject({
      until: "2020-12-31",
      type: "funds",
    });
  });

  it("refuses a save based on an old version and tells what is saved now", async () => {
    const result = await updateRelationship({ ...input({ note: "alt" }), id: relationshipId, version: 1 }, coordinator);
    expect(result).toMatchObject({
      ok: false,
      formError: "conflict",
      conflict: { version: 2, current: { until: "2020-12-31" } },
    });
    expect((await db.relationship.findUniqueOrThrow({ where: { id: relationshipId } })).note).toBeNull();
  });

  it("refuses an editor's update and changes nothing", async () => {
    const result = await updateRelationship({ ...input({ note: "x" }), id: relationshipId, version: 2 }, editor);
    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    expect((await db.relationship.findUniqueOrThrow({ where: { id: relationshipId } })).version).toBe(2);
  });

  it("refuses turning one relationship into a copy of another", async () => {
    const other = await createRelationship(input({ toId: kita, since: "" }), coordinator);
    if (!other.ok) throw new Error(JSON.stringify(other));
    const result = await updateRelationship({ ...input(), id: other.data.id, version: 1 }, coordinator);
    expect(result).toMatchObject({ ok: false, fieldErrors: { type: ["duplicateRelationship"] } });
  });

  it("lists relationships by either end, type and whether they are current", async () => {
    const ofCafe = await listRelationshipsForAdmin({ organizationId: cafe });
    expect(ofCafe.map((r) => [r.from.name, r.type, r.to.name])).toEqual([["Stadt Aachen", "funds", "Café Müller"]]);
    expect((await listRelationshipsForAdmin({ organizationId: city })).length).toBe(2);
    expect((await listRelationshipsForAdmin({ type: "supports" })).length).toBe(0);
    // The relationship with the café ended in 2020.
    expect((await listRelationshipsForAdmin({ organizationId: city, current: true })).map((r) => r.to.name)).toEqual([
      "Kita Sonnenschein",
    ]);
  });

  it("deletes only with the current version and audits what it was", async () => {
    expect(await deleteRelationship({ id: relationshipId, version: 1 }, coordinator)).toMatchObject({
      ok: false,
      formError: "conflict",
    });
    expect(await deleteRelationship({ id: relationshipId, version: 2 }, editor)).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await db.relationship.findUnique({ where: { id: relationshipId } })).not.toBeNull();
    expect(await deleteRelationship({ id: relationshipId, version: "2" }, coordinator)).toEqual({
      ok: true,
      data: { id: relationshipId, fromId: city },
    });
    expect(await db.relationship.findUnique({ where: { id: relationshipId } })).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: relationshipId, action: "delete" } });
    expect(audit).toMatchObject({ userId: coordinator.id, before: { fromId: city, toId: cafe, until: "2020-12-31" } });
    expect(audit.after).toBeNull();
  });
});
