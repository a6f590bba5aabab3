import "server-only";
// A read-only link to a saved view for partners outside the back office. The token names the view,
// its expiry and a nonce, signed with a key derived from the session secret (HMAC-SHA256); the
// view's row must still carry the same nonce and expiry, so that sharing again or stopping revokes
// every link handed out before. The page it opens shows organisations and figures only: no person
// names, e-mail addresses or phone numbers, and no links into the back office.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db/index";
import { env } from "../env";
import { AppError, mutate } from "../mutation/mutate";
import { getNetworkView, type SavedView } from "./saved-views";

export const SHARE_DAYS = [7, 30, 90] as const;
const DAY_MS = 24 * 3600 * 1000;

const shareSchema = z.object({
  id: z.string().uuid(),
  days: z.coerce.number().refine((d) => (SHARE_DAYS as readonly number[]).includes(d), "days"),
});
const stopSchema = z.object({ id: z.string().uuid() });

function key(): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new AppError("FORBIDDEN");
  // A key of its own, so that a share token can never pass for anything the session secret signs.
  return createHmac("sha256", secret).update("network-share").digest();
}

const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

export function shareToken(id: string, until: Date, nonce: string): string {
  const payload = Buffer.from(`${id}.${until.getTime()}.${nonce}`).toString("base64url");
  // "~" rather than ".": a dot would make the path look like a file, which the proxy (and with it
  // the Content-Security-Policy) leaves alone.
  return `${payload}~${sign(payload)}`;
}

export const sharePath = (token: string) => `/share/network/${token}`;

/**
 * The link a saved view is shared by now, made again from what is stored (the token is the row's
 * id, expiry and nonce, signed): the page shows it after "create link" without the token ever
 * travelling in an address, and shows exactly the link that works.
 */
export async function currentShareLink(id: string, now = new Date()): Promise<{ path: string; until: Date } | null> {
  if (!z.string().uuid().safeParse(id).success || !env().NEXTAUTH_SECRET) return null;
  const row = await db.networkSavedView.findUnique({ where: { id }, select: { shareNonce: true, shareUntil: true } });
  if (!row?.shareNonce || !row.shareUntil || !(row.shareUntil > now)) return null;
  return { path: sharePath(shareToken(id, row.shareUntil, row.shareNonce)), until: row.shareUntil };
}

/** The saved view a token opens, or null when it is forged, expired or revoked. */
export async function sharedView(token: string, now = new Date()): Promise<(SavedView & { until: Date }) | null> {
  const parts = token.split("~");
  if (parts.length !== 2) return null;
  const [payload, signature] = parts;
  if (!payload || !signature || !env().NEXTAUTH_SECRET) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [id, time, nonce] = Buffer.from(payload, "base64url").toString().split(".");
  const until = new Date(Number(time));
  if (!id || !nonce || !(until > now)) return null;
  const row = await db.networkSavedView.findUnique({ where: { id }, select: { shareNonce: true, shareUntil: true } });
  if (!row || row.shareNonce !== nonce || row.shareUntil?.getTime() !== until.getTime()) return null;
  const view = await getNetworkView(id);
  // Who saved it is a person's name: a partner's page does not show it.
  return view ? { ...view, createdBy: null, until } : null;
}

export function shareNetworkView(input: unknown, actor: Actor, now = new Date()) {
  return mutate({
    schema: shareSchema,
    action: "network.share",
    actor,
    input,
    write: async (tx, { id, days }) => {
      const until = new Date(now.getTime() + days * DAY_MS);
      const nonce = randomBytes(12).toString("base64url");
      const view = await tx.networkSavedView.findUnique({ where: { id }, select: { name: true } });
      if (!view) throw new AppError("NOT_FOUND");
      await tx.networkSavedView.update({ where: { id }, data: { shareUntil: until, shareNonce: nonce } });
      return {
        result: { path: sharePath(shareToken(id, until, nonce)), until },
        audit: {
          action: "share",
          entityType: "NetworkSavedView",
          entityId: id,
          summary: view.name,
          after: { shareUntil: until.toISOString() },
        },
      };
    },
  });
}

export function stopSharingNetworkView(input: unknown, actor: Actor) {
  return mutate({
    schema: stopSchema,
    action: "network.share",
    actor,
    input,
    write: async (tx, { id }) => {
      const view = await tx.networkSavedView.findUnique({ where: { id }, select: { name: true, shareUntil: true } });
      if (!view) throw new AppError("NOT_FOUND");
      await tx.networkSavedView.update({ where: { id }, data: { shareUntil: null, shareNonce: null } });
      return {
        result: { name: view.name },
        audit: {
          action: "unshare",
          entityType: "NetworkSavedView",
          entityId: id,
          summary: view.name,
          before: { shareUntil: view.shareUntil?.toISOString() ?? null },
        },
      };
    },
  });
}
