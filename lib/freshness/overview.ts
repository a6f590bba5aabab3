import "server-only";
// Coordinators' view of the requests: who was asked, who answered, whose link ran out unanswered.
import { can, type Actor } from "../auth/policy";
import { db } from "../db";
import { AppError } from "../mutation/mutate";
import { sendFreshnessRequests, type SendReport } from "./send";

export type FreshnessRequestRow = {
  id: string;
  partner: string;
  email: string;
  organisation: string;
  sentAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
  confirmed: number;
  entries: number;
};

const SHOWN = 50;

/** The latest requests, unanswered first; and how many are unanswered with a link still valid. */
export async function listFreshnessRequests(now = new Date()): Promise<{ rows: FreshnessRequestRow[]; open: number }> {
  const [requests, open] = await Promise.all([
    db.freshnessRequest.findMany({
      orderBy: { createdAt: "desc" },
      take: SHOWN,
      select: {
        id: true,
        userId: true,
        organizationId: true,
        createdAt: true,
        expiresAt: true,
        answeredAt: true,
        confirmed: true,
        _count: { select: { items: true } },
      },
    }),
    db.freshnessRequest.count({ where: { answeredAt: null, expiresAt: { gt: now } } }),
  ]);
  const [users, organisations] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(requests.map((r) => r.userId))] } }, select: { id: true, name: true, email: true } }),
    db.organization.findMany({
      where: { id: { in: [...new Set(requests.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))] } },
      select: { id: true, name: true },
    }),
  ]);
  const user = new Map(users.map((u) => [u.id, u]));
  const organisation = new Map(organisations.map((o) => [o.id, o.name]));
  const rows = requests.map((r) => ({
    id: r.id,
    partner: user.get(r.userId)?.name ?? "–",
    email: user.get(r.userId)?.email ?? "",
    organisation: (r.organizationId && organisation.get(r.organizationId)) || "–",
    sentAt: r.createdAt,
    expiresAt: r.expiresAt,
    answeredAt: r.answeredAt,
    confirmed: r.confirmed,
    entries: r._count.items,
  }));
  // Unanswered first: they are whom a coordinator calls.
  rows.sort((a, b) => Number(a.answeredAt !== null) - Number(b.answeredAt !== null));
  return { rows, open };
}

/** A coordinator's "send now": this round's requests to every partner not yet asked in it. */
export async function sendFreshnessRequestsNow(actor: Actor): Promise<SendReport> {
  if (!can(actor, "freshness.manage")) throw new AppError("FORBIDDEN");
  return sendFreshnessRequests({ actorId: actor!.id });
}
