import "server-only";
// The landing page of a still-correct link. Opening it (a GET, which mail scanners also make) only
// reads; the partner's button posts, and only then are entries confirmed. The answer is single use:
// the request is claimed as answered before anything is confirmed, so a second post (a double
// click, a second process) confirms nothing twice and reports the first answer.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db";
import { ID_CHUNK } from "../db/chunks";
import { verifyOffer } from "../review/due";
import { checkLink } from "./link-token";
import { freshnessSecret } from "./secret";

export type FreshnessLink =
  | { state: "invalid" | "expired" | "refused" }
  | {
      state: "open" | "answered";
      token: string;
      name: string;
      organisation: string;
      sentAt: Date;
      expiresAt: Date;
      answeredAt: Date | null;
      confirmed: number;
      entries: Array<{ id: string; name: string }>;
    };

/** What a link stands for, for its landing page. Changes nothing. */
export async function openFreshnessLink(token: string, now = new Date()): Promise<FreshnessLink> {
  const request = await requestOf(token, now);
  if ("state" in request) return request;
  const [user, organisation, items] = await Promise.all([
    db.user.findUnique({ where: { id: request.userId }, select: { name: true } }),
    request.organizationId
      ? db.organization.findUnique({ where: { id: request.organizationId }, select: { name: true } })
      : null,
    db.freshnessRequestItem.findMany({ where: { requestId: request.id }, orderBy: { name: "asc" }, select: { offerId: true, name: true } }),
  ]);
  return {
    state: request.answeredAt ? "answered" : "open",
    token,
    name: user?.name ?? "",
    organisation: organisation?.name ?? "",
    sentAt: request.createdAt,
    expiresAt: request.expiresAt,
    answeredAt: request.answeredAt,
    confirmed: request.confirmed,
    entries: items.map((item) => ({ id: item.offerId, name: item.name })),
  };
}

// A mail lists at most the 300 entries the review list holds: one chunk of ids is plenty.
const answerSchema = z.object({ token: z.string().min(1).max(400), offerIds: z.array(z.string().min(1).max(64)).max(ID_CHUNK) });

export type FreshnessAnswer =
  | { ok: true; confirmed: number; refused: number; already: boolean }
  | { ok: false; reason: "invalid" | "expired" | "refused" };

/** The partner's "still correct" for the chosen entries of their request. */
export async function answerFreshnessLink(input: unknown, now = new Date()): Promise<FreshnessAnswer> {
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const request = await requestOf(parsed.data.token, now);
  if ("state" in request) return { ok: false, reason: request.state };
  if (request.answeredAt) return { ok: true, confirmed: request.confirmed, refused: 0, already: true };
  const actor = await actorOf(request.userId);
  if (!actor) return { ok: false, reason: "refused" };
  const claimed = await db.freshnessRequest.updateMany({ where: { id: request.id, answeredAt: null }, data: { answeredAt: now } });
  if (claimed.count !== 1) {
    const first = await db.freshnessRequest.findUniqueOrThrow({ where: { id: request.id }, select: { confirmed: true } });
    return { ok: true, confirmed: first.confirmed, refused: 0, already: true };
  }
  // Only entries the mail listed: the link speaks for those, whatever else the form may carry.
  const listed = await db.freshnessRequestItem.findMany({
    where: { requestId: request.id, offerId: { in: [...new Set(parsed.data.offerIds)] } },
    select: { offerId: true },
  });
  let confirmed = 0;
  // One audited confirmation per entry, each through the policy as the editor: an entry that left
  // their organisation meanwhile is refused, as it would be in the back office.
  for (const { offerId } of listed) if ((await verifyOffer({ id: offerId }, actor)).ok) confirmed++;
  await db.freshnessRequest.update({ where: { id: request.id }, data: { confirmed } });
  return { ok: true, confirmed, refused: listed.length - confirmed, already: false };
}

async function requestOf(token: string, now: Date) {
  const secret = freshnessSecret();
  const check = secret ? checkLink(token, secret, now) : ({ ok: false, reason: "invalid" } as const);
  if (!check.ok) return { state: check.reason };
  const request = await db.freshnessRequest.findUnique({
    where: { id: check.claim.requestId },
    select: { id: true, userId: true, organizationId: true, createdAt: true, expiresAt: true, answeredAt: true, confirmed: true },
  });
  if (!request) return { state: "invalid" as const };
  return request;
}

/** The editor as the policy sees them now: a deactivated account or a changed role confirms nothing. */
async function actorOf(userId: string): Promise<Actor> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, organizationId: true, active: true } });
  if (!user?.active || user.role !== "editor") return null;
  return { id: user.id, role: user.role, organizationId: user.organizationId };
}
