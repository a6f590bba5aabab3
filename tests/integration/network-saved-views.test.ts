// Coordinators save a view of the network under a name; a colleague opens it with the same
// filter, colours, camera and arrangement. Saving and deleting go through the one write path.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { deleteNetworkView, getNetworkView, listNetworkViews, saveNetworkView } from "@/lib/network/saved-views";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;

beforeAll(async () => {
  const c = await db.user.create({
    data: { email: "views-c@example.org", name: "Koordination Netzwerk", role: "coordinator" },
  });
  const e = await db.user.create({ data: { email: "views-e@example.org", name: "Partner", role: "editor" } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: null };
});

describe("saved network views", () => {
  it("keeps filter, appearance, camera and positions, and names who saved it", async () => {
    const result = await saveNetworkView(
      {
        name: "  Rucksack in Brand  ",
        query: "programme=rucksack-kita&district=brand&colour=cluster&size=bridge&password=x&view=table",
        camera: { x: 0.4, y: 0.6, ratio: 0.5 },
        positions: { a: [1.5, -2], b: [3, 4] },
      },
      coordinator,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const view = await getNetworkView(result.data.id);
    expect(view?.name).toBe("Rucksack in Brand");
    // Only what the page understands is kept, and the saved view opens as a graph.
    const query = new URLSearchParams(view!.query);
    expect(Object.fromEntries(query)).toEqual({
      programme: "rucksack-kita",
      district: "brand",
      colour: "cluster",
      size: "bridge",
    });
    expect(view?.href).toBe(`/admin/network?${view!.query}&saved=${result.data.id}`);
    expect(view?.camera).toEqual({ x: 0.4, y: 0.6, ratio: 0.5 });
    expect(view?.positions).toEqual({ a: [1.5, -2], b: [3, 4] });
    expect(view?.createdBy).toBe("Koordination Netzwerk");

    const listed = await listNetworkViews();
    expect(listed.map((v) => v.name)).toContain("Rucksack in Brand");
    const audit = await db.auditEntry.findFirst({
      where: { entityType: "NetworkSavedView", entityId: result.data.id },
    });
    expect(audit?.action).toBe("create");
    expect(audit?.userId).toBe(coordinator.id);
  });

  it("refuses a view without a name and a partner editor's view, saving nothing", async () => {
    const before = await db.networkSavedView.count();
    const unnamed = await saveNetworkView({ name: "   ", query: "" }, coordinator);
    expect(unnamed).toMatchObject({ ok: false, fieldErrors: { name: ["name"] } });
    const partner = await saveNetworkView({ name: "Meine Sicht", query: "" }, editor);
    expect(partner).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await db.networkSavedView.count()).toBe(before);
  });

  it("deletes a view with an audit entry that keeps what it was", async () => {
    const saved = await saveNetworkView({ name: "Nur kurz", query: "district=haaren" }, coordinator);
    if (!saved.ok) throw new Error("not saved");
    const deleted = await deleteNetworkView({ id: saved.data.id }, coordinator);
    expect(deleted).toMatchObject({ ok: true, data: { name: "Nur kurz" } });
    expect(await getNetworkView(saved.data.id)).toBeNull();
    const audit = await db.auditEntry.findFirst({
      where: { entityType: "NetworkSavedView", entityId: saved.data.id, action: "delete" },
    });
    expect(audit?.summary).toBe("Nur kurz");
    expect(await deleteNetworkView({ id: saved.data.id }, coordinator)).toMatchObject({
      ok: false,
      formError: "not_found",
    });
  });
});
