import "server-only";
// Named views of the network graph that coordinators save and open by link: the page's query
// (filter, focus, colour and size), the camera and, when the graph was arranged, the positions,
// so that a colleague sees the picture that was saved rather than a new layout.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db/index";
import { AppError, mutate } from "../mutation/mutate";
import { cameraSchema, cleanCamera, cleanPositions, positionsSchema } from "./arrangement";
import { networkHref, parseNetworkPage } from "./view";

const saveSchema = z.object({
  name: z.string().trim().min(1, "name").max(120, "name"),
  query: z.string().max(2_000),
  camera: cameraSchema.nullable().default(null),
  positions: positionsSchema.nullable().default(null),
});
const deleteSchema = z.object({ id: z.string().uuid() });

export type SavedViewCamera = { x: number; y: number; ratio: number };
export type SavedViewSummary = {
  id: string;
  name: string;
  href: string;
  createdAt: Date;
  createdBy: string | null;
  /** until when a partner link works, when one was handed out */
  sharedUntil: Date | null;
};
export type SavedView = SavedViewSummary & {
  query: string;
  camera: SavedViewCamera | null;
  positions: Record<string, [number, number]> | null;
};

/** Only what the page understands is kept: an old or hand-made query cannot smuggle anything in. */
export function cleanViewQuery(query: string): string {
  const state = parseNetworkPage(Object.fromEntries(new URLSearchParams(query)));
  const href = networkHref({ ...state, table: false });
  return href.includes("?") ? href.slice(href.indexOf("?") + 1) : "";
}

export const savedViewHref = (id: string, query: string) => `/admin/network?${query ? `${query}&` : ""}saved=${id}`;

export function saveNetworkView(input: unknown, actor: Actor) {
  return mutate({
    schema: saveSchema,
    action: "network.views",
    actor,
    input,
    write: async (tx, data) => {
      const query = cleanViewQuery(data.query);
      const created = await tx.networkSavedView.create({
        data: {
          name: data.name,
          query,
          camera: data.camera ?? undefined,
          positions: data.positions ?? undefined,
          createdById: actor?.id ?? null,
        },
        select: { id: true },
      });
      return {
        result: { id: created.id, name: data.name, href: savedViewHref(created.id, query) },
        audit: {
          action: "create",
          entityType: "NetworkSavedView",
          entityId: created.id,
          summary: data.name,
          // The positions are the layout's output, not something anyone typed: counted, not copied.
          after: { name: data.name, query, camera: data.camera, positions: Object.keys(data.positions ?? {}).length },
        },
      };
    },
  });
}

export function deleteNetworkView(input: unknown, actor: Actor) {
  return mutate({
    schema: deleteSchema,
    action: "network.views",
    actor,
    input,
    write: async (tx, { id }) => {
      const view = await tx.networkSavedView.findUnique({ where: { id }, select: { name: true, query: true } });
      if (!view) throw new AppError("NOT_FOUND");
      await tx.networkSavedView.delete({ where: { id } });
      return {
        result: { name: view.name },
        audit: { action: "delete", entityType: "NetworkSavedView", entityId: id, summary: view.name, before: view },
      };
    },
  });
}

async function userNames(ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name || u.email]));
}

/** The newest views first; a page lists a bounded number, however many were saved. */
export async function listNetworkViews(take = 30): Promise<SavedViewSummary[]> {
  const rows = await db.networkSavedView.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, name: true, query: true, createdAt: true, createdById: true, shareUntil: true },
  });
  const names = await userNames(rows.map((r) => r.createdById));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    href: savedViewHref(r.id, r.query),
    createdAt: r.createdAt,
    createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
    sharedUntil: r.shareUntil && r.shareUntil > new Date() ? r.shareUntil : null,
  }));
}

export async function getNetworkView(id: string): Promise<SavedView | null> {
  if (!z.string().uuid().safeParse(id).success) return null;
  const row = await db.networkSavedView.findUnique({ where: { id } });
  if (!row) return null;
  const names = await userNames([row.createdById]);
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    href: savedViewHref(row.id, row.query),
    createdAt: row.createdAt,
    createdBy: row.createdById ? (names.get(row.createdById) ?? null) : null,
    sharedUntil: row.shareUntil,
    camera: cleanCamera(row.camera),
    positions: cleanPositions(row.positions),
  };
}
