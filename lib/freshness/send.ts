import "server-only";
// The schedule: once a round (FRESHNESS_INTERVAL_DAYS), every active partner editor with entries due
// for review gets one mail listing them with a signed still-correct link. The round is a number
// every process computes alike, and (user, round) is unique in the database: processes sending at
// the same moment race for the row, one wins, the others skip that editor. So any number of server
// processes, and `npm run freshness:send` beside them, send each editor one mail per round.
import { appendAudits } from "../audit/append";
import { db } from "../db";
import { env } from "../env";
import { publicUrl } from "../http/public-origin";
import { enqueueMail } from "../mail/outbox";
import { wakeMailWorker } from "../mail/worker";
import { listDueForReview, reviewCutoff } from "../review/due";
import { signLink } from "./link-token";
import { freshnessMail } from "./mail";
import { freshnessSecret } from "./secret";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The round a moment falls in; with mail switched off a hand-made send counts per day. */
export function freshnessRound(now: Date, intervalDays: number): number {
  return Math.floor(now.getTime() / DAY_MS / Math.max(1, intervalDays));
}

export type SendReport = { sent: number; alreadyAsked: number };

type SendOptions = {
  now?: Date;
  /** who pressed "send now"; none for the schedule */
  actorId?: string | null;
};

/** The schedule's pass: does nothing while FRESHNESS_INTERVAL_DAYS is 0. */
export async function sendScheduledFreshnessRequests(now = new Date()): Promise<SendReport> {
  if (env().FRESHNESS_INTERVAL_DAYS === 0) return { sent: 0, alreadyAsked: 0 };
  return sendFreshnessRequests({ now });
}

export async function sendFreshnessRequests(options: SendOptions = {}): Promise<SendReport> {
  const now = options.now ?? new Date();
  const report: SendReport = { sent: 0, alreadyAsked: 0 };
  const secret = freshnessSecret();
  if (!secret) {
    console.warn("[freshness] neither FRESHNESS_SECRET nor NEXTAUTH_SECRET is set: no still-correct link can be signed, no request sent");
    return report;
  }
  const { FRESHNESS_INTERVAL_DAYS, FRESHNESS_LINK_DAYS, REVIEW_MAX_AGE_DAYS } = env();
  const round = freshnessRound(now, FRESHNESS_INTERVAL_DAYS);
  const expiresAt = new Date(now.getTime() + FRESHNESS_LINK_DAYS * DAY_MS);
  const cutoff = reviewCutoff(now, REVIEW_MAX_AGE_DAYS);

  const [editors, asked] = await Promise.all([
    db.user.findMany({
      where: { active: true, role: "editor", organizationId: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true, name: true, email: true, organizationId: true, organization: { select: { name: true } } },
    }),
    db.freshnessRequest.findMany({ where: { round }, select: { userId: true } }),
  ]);
  const askedIds = new Set(asked.map((a) => a.userId));

  for (const editor of editors) {
    if (askedIds.has(editor.id)) {
      report.alreadyAsked++;
      continue;
    }
    // The editor's own view of what is due: exactly what they could confirm when signed in.
    const due = await listDueForReview({ id: editor.id, role: "editor", organizationId: editor.organizationId }, cutoff);
    if (due.length === 0) continue;
    const id = crypto.randomUUID();
    const mail = freshnessMail({
      name: editor.name,
      organisation: editor.organization?.name ?? "",
      days: REVIEW_MAX_AGE_DAYS,
      entries: due,
      link: publicUrl(`/admin/still-correct/${signLink({ requestId: id, expiresAt }, secret)}`).href,
      signInLink: publicUrl("/admin/review").href,
      expiresAt,
    });
    try {
      await db.$transaction(async (tx) => {
        await tx.freshnessRequest.create({
          data: { id, userId: editor.id, organizationId: editor.organizationId, round, expiresAt, createdAt: now },
        });
        await tx.freshnessRequestItem.createMany({ data: due.map((entry) => ({ requestId: id, offerId: entry.id, name: entry.name })) });
        await enqueueMail(tx, { kind: "freshness", relatedId: id, to: editor.email, ...mail });
        await appendAudits(tx, [
          {
            userId: options.actorId ?? null,
            action: "create",
            entityType: "FreshnessRequest",
            entityId: id,
            summary: `${editor.name}: ${due.length}`,
            after: { to: editor.email, entries: due.map((entry) => entry.name), expiresAt },
          },
        ]);
      });
      report.sent++;
    } catch (error) {
      // Another process took this editor's round first.
      if ((error as { code?: unknown }).code !== "P2002") throw error;
      report.alreadyAsked++;
    }
  }
  if (report.sent > 0) wakeMailWorker();
  return report;
}
