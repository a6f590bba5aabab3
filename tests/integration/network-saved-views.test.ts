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

  it("refuses a camera or positions no view can show, keeping the edges of what it can", async () => {
    const before = await db.networkSavedView.count();
    for (const beyond of [
      // Forged: far off and zoomed in beyond measure, the view would open blank.
      { camera: { x: 1e308, y: 0, ratio: 1e-300 } },
      { camera: { x: 0, y: -1_000_001, ratio: 1 } },
      { camera: { x: 0, y: 0, ratio: 0.0009 } },
      { camera: { x: 0, y: 0, ratio: 1001 } },
      { camera: { x: Number.NaN, y: 0, ratio: 1 } },
      { positions: { a: [1_000_001, 0] } },
      { positions: { a: [0, Number.NEGATIVE_INFINITY] } },
    ]) {
      const result = await saveNetworkView({ name: "Zu weit", query: "", ...beyond }, coordinator);
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) expect(Object.keys(result.fieldErrors)[0]).toMatch(/^(camera|positions)/);
    }
    expect(await db.networkSavedView.count()).toBe(before);

    for (const camera of [
      { x: 1e6, y: -1e6, ratio: 1e-3 },
      { x: -1e6, y: 1e6, ratio: 1e3 },
    ]) {
      const edge = await saveNetworkView(
        { name: "Am Rand", query: "", camera, positions: { a: [-1e6, 1e6] } },
        coordinator,
      );
      if (!edge.ok) throw new Error(JSON.stringify(edge));
      expect((await getNetworkView(edge.data.id))?.camera).toEqual(camera);
    }
  });

  it("opens a view stored with a camera beyond the bounds without that camera, instead of blank", async () => {
    const row = await db.networkSavedView.create({
      data: { name: "Von früher", query: "", camera: { x: 1e308, y: 0, ratio: 1e-300 }, positions: { a: [1, 2] } },
    });
    const view = await getNetworkView(row.id);
    expect(view?.camera).toBeNull();
    expect(view?.positions).toEqual({ a: [1, 2] });
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
