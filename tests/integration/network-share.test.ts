// A saved view shared with partners: a signed link that expires, that sharing again or stopping
// revokes, and that names nobody.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { saveNetworkView } from "@/lib/network/saved-views";
import { currentShareLink, sharedView, shareNetworkView, stopSharingNetworkView } from "@/lib/network/share";

let coordinator: NonNullable<Actor>;
let viewId: string;
const DAY = 24 * 3600 * 1000;
const tokenOf = (path: string) => path.split("/").pop()!;

beforeAll(async () => {
  const c = await db.user.create({
    data: { email: "share-c@example.org", name: "Koordinatorin Namentlich", role: "coordinator" },
  });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  const saved = await saveNetworkView({ name: "Für den Ausschuss", query: "district=brand" }, coordinator);
  if (!saved.ok) throw new Error("not saved");
  viewId = saved.data.id;
});

describe("read-only links for partners", () => {
  it("opens the view until it expires, without the name of who saved it", async () => {
    const now = new Date();
    const shared = await shareNetworkView({ id: viewId, days: 7 }, coordinator, now);
    if (!shared.ok) throw new Error(JSON.stringify(shared));
    expect(shared.data.path).toMatch(/^\/share\/network\/[\w-]+~[\w-]+$/);
    const token = tokenOf(shared.data.path);
    const view = await sharedView(token, new Date(now.getTime() + DAY));
    expect(view).toMatchObject({ id: viewId, name: "Für den Ausschuss", query: "district=brand", createdBy: null });
    expect(JSON.stringify(view)).not.toContain("Koordinatorin");
    expect(await sharedView(token, new Date(now.getTime() + 8 * DAY))).toBeNull();
  });

  it("refuses a forged or altered token", async () => {
    const shared = await shareNetworkView({ id: viewId, days: 30 }, coordinator);
    if (!shared.ok) throw new Error("not shared");
    const [payload, signature] = tokenOf(shared.data.path).split("~");
    const [id, time, nonce] = Buffer.from(payload!, "base64url").toString().split(".");
    // A later expiry written into the token breaks its signature.
    const longer = Buffer.from(`${id}.${Number(time) + 365 * DAY}.${nonce}`).toString("base64url");
    expect(await sharedView(`${longer}~${signature}`)).toBeNull();
    expect(await sharedView(`${payload}~${"A".repeat(signature!.length)}`)).toBeNull();
    expect(await sharedView("nonsense")).toBeNull();
    // Only the token itself opens the view, not the token with anything added.
    expect(await sharedView(`${payload}~${signature}`)).not.toBeNull();
    expect(await sharedView(`${payload}~${signature}~extra`)).toBeNull();
    expect(await sharedView(`${payload}~${signature}~`)).toBeNull();
  });

  it("sharing again and stopping revoke the links handed out before", async () => {
    const first = await shareNetworkView({ id: viewId, days: 7 }, coordinator);
    const second = await shareNetworkView({ id: viewId, days: 90 }, coordinator);
    if (!first.ok || !second.ok) throw new Error("not shared");
    expect(await sharedView(tokenOf(first.data.path))).toBeNull();
    expect(await sharedView(tokenOf(second.data.path))).not.toBeNull();
    expect((await stopSharingNetworkView({ id: viewId }, coordinator)).ok).toBe(true);
    expect(await sharedView(tokenOf(second.data.path))).toBeNull();
    const audit = await db.auditEntry.findMany({
      where: { entityType: "NetworkSavedView", entityId: viewId },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["create", "share", "unshare"]));
  });

  it("reads the link that works back from the stored view, so no address has to carry it", async () => {
    const now = new Date();
    const first = await shareNetworkView({ id: viewId, days: 7 }, coordinator, now);
    const second = await shareNetworkView({ id: viewId, days: 30 }, coordinator, now);
    if (!first.ok || !second.ok) throw new Error("not shared");
    // The page after "create link" shows the latest link, the one that opens the view.
    const shown = await currentShareLink(viewId, now);
    expect(shown).toEqual({ path: second.data.path, until: second.data.until });
    expect(await sharedView(tokenOf(shown!.path))).not.toBeNull();
    expect(await currentShareLink(viewId, new Date(now.getTime() + 31 * DAY))).toBeNull();
    expect((await stopSharingNetworkView({ id: viewId }, coordinator)).ok).toBe(true);
    expect(await currentShareLink(viewId)).toBeNull();
    expect(await currentShareLink("not-an-id")).toBeNull();
  });

  it("refuses a partner editor and an unknown lifetime", async () => {
    const editor: Actor = { id: coordinator.id, role: "editor", organizationId: null };
    expect(await shareNetworkView({ id: viewId, days: 7 }, editor)).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await shareNetworkView({ id: viewId, days: 3650 }, coordinator)).toMatchObject({ ok: false });
  });
});
