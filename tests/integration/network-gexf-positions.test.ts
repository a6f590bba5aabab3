// A coordinator arranges the network on screen and takes it to Gephi: the GEXF she downloads carries
// the positions her browser sent, for the organisations of the view only; the plain link still gives
// a file (with the saved or starting positions); what is not a set of positions is refused in words,
// and the same policy answers whichever way the file is asked for.
import { NextRequest } from "next/server";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { saveNetworkView } from "@/lib/network/saved-views";
import { seedReferenceOnly } from "@/tests/support/seed";

const session = vi.hoisted(() => ({ actor: null as Actor }));
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => session.actor }));
// Outside a request there are no cookies to read the back office's language from.
vi.mock("@/lib/i18n/admin-locale", async (original) => ({
  ...(await original<typeof import("@/lib/i18n/admin-locale")>()),
  adminLocale: async () => "de",
}));

const { GET, POST } = await import("@/app/admin/(backoffice)/network/export/route");

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
const ids = { verein: "", kita: "", schule: "" };

beforeAll(async () => {
  await seedReferenceOnly();
  const c = await db.user.create({ data: { email: "gexf-c@example.org", name: "K", role: "coordinator" } });
  const e = await db.user.create({ data: { email: "gexf-e@example.org", name: "E", role: "editor" } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: null };
  const organisation = async (slug: string, type: "kita" | "primary_school" | "migrant_organisation") =>
    (await db.organization.create({ data: { slug, name: slug, type, status: "published" } })).id;
  ids.verein = await organisation("verein-gexf", "migrant_organisation");
  ids.kita = await organisation("kita-gexf", "kita");
  ids.schule = await organisation("schule-gexf", "primary_school");
  await db.relationship.create({ data: { fromId: ids.verein, toId: ids.kita, type: "cooperates_with" } });
  await db.relationship.create({ data: { fromId: ids.verein, toId: ids.schule, type: "cooperates_with" } });
});

beforeEach(() => {
  session.actor = coordinator;
});

const address = (query = "") => `http://localhost/admin/network/export?format=gexf&programmes=0${query}`;
const post = (body: string, query = "") =>
  POST(new NextRequest(address(query), { method: "POST", body, headers: { "Content-Type": "application/json" } }));
const send = (positions: unknown, query = "") => post(JSON.stringify({ positions }), query);

type GexfNode = { id: string; "viz:position"?: { x: string; y: string } };
async function positionsIn(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toContain("application/gexf+xml");
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(await response.text());
  const nodes = doc.gexf.graph.nodes.node as GexfNode[];
  return new Map(nodes.map((n) => [n.id, [Number(n["viz:position"]?.x), Number(n["viz:position"]?.y)]]));
}

describe("GEXF as shown on screen", () => {
  it("carries the positions the browser sends and ignores ids outside the view", async () => {
    const shown = { [ids.verein]: [12.5, -40.25], [ids.kita]: [-300, 7], [ids.schule]: [0.01, 999_999] };
    const file = await positionsIn(await send({ ...shown, "not-in-this-view": [1, 2], [`${ids.kita}x`]: [3, 4] }));
    expect([...file.keys()].sort()).toEqual([ids.kita, ids.schule, ids.verein].sort());
    for (const [id, at] of Object.entries(shown)) expect(file.get(id)).toEqual(at);
  });

  it("keeps the other positions where the browser sends only some, and the plain link its own", async () => {
    const plain = await positionsIn(await GET(new NextRequest(address())));
    expect(plain.size).toBe(3);
    for (const [x, y] of plain.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    const some = await positionsIn(await send({ [ids.kita]: [123, 456] }));
    expect(some.get(ids.kita)).toEqual([123, 456]);
    expect(some.get(ids.verein)).toEqual(plain.get(ids.verein));
    expect(plain.get(ids.kita)).not.toEqual([123, 456]);
  });

  it("puts the screen before a saved view's positions, and the saved ones before the starting ones", async () => {
    const saved = await saveNetworkView(
      { name: "Zum Vergleich", query: "programmes=0", positions: { [ids.verein]: [50, 50], [ids.kita]: [60, 60] } },
      coordinator,
    );
    if (!saved.ok) throw new Error("not saved");
    const withSaved = `&saved=${saved.data.id}`;
    const plain = await positionsIn(await GET(new NextRequest(address(withSaved))));
    expect(plain.get(ids.verein)).toEqual([50, 50]);
    const shown = await positionsIn(await send({ [ids.verein]: [-5, -6] }, withSaved));
    expect(shown.get(ids.verein)).toEqual([-5, -6]);
    expect(shown.get(ids.kita)).toEqual([60, 60]);
  });

  it("refuses what is not a set of positions with a 400 that says what is wrong", async () => {
    const refusals = [
      await post("{ positions: "),
      await post(JSON.stringify({ positions: [[1, 2]] })),
      await post(JSON.stringify({})),
      // JSON has no Infinity, but a number too large for a double reads as one.
      await post(`{"positions":{"${ids.kita}":[1e999,0]}}`),
      await send({ [ids.kita]: [2e6, 0] }),
      await send({ [ids.kita]: [1, "2"] }),
      await send({ [ids.kita]: [1] }),
      await send({ ["x".repeat(81)]: [1, 2] }),
      await send(Object.fromEntries(Array.from({ length: 5_001 }, (_, i) => [`n${i}`, [i, i]]))),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe("invalid_positions");
      expect(body.message).toMatch(/JSON|Positions must map ids/);
    }
  });

  it("asks the same policy for the plain link and the positions sent", async () => {
    const fine = JSON.stringify({ positions: { [ids.kita]: [1, 2] } });
    session.actor = null;
    expect((await GET(new NextRequest(address()))).status).toBe(401);
    expect((await post(fine)).status).toBe(401);
    // Asked before the body is read: a stranger learns nothing from a malformed one either.
    expect((await post("nonsense")).status).toBe(401);
    session.actor = editor;
    expect((await GET(new NextRequest(address()))).status).toBe(403);
    expect((await post(fine)).status).toBe(403);
  });
});
