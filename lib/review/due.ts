import "server-only";
// Freshness: what has not been confirmed for longer than REVIEW_MAX_AGE_DAYS, and the one-click
// "still correct". Confirming changes no content, so it does not bump the version: a colleague's
// open form stays valid.
import { subDays } from "date-fns";
import { z } from "zod";
import { can, type Actor } from "../auth/policy";
import { db } from "../db/index";
import { env } from "../env";
import { AppError, mutate } from "../mutation/mutate";

export function reviewCutoff(now = new Date(), days = env().REVIEW_MAX_AGE_DAYS): Date {
  return subDays(now, days);
}

const stale = (cutoff: Date) => ({ OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: cutoff } }] });

/** Organisations due for review, as a query: the list and a bulk action over it select the same. */
export const dueOrganisationWhere = (cutoff: Date) => ({ status: { not: "archived" as const }, ...stale(cutoff) });

/** The offers due for review that the actor may confirm, as a query. */
export function dueOfferWhere(actor: NonNullable<Actor>, cutoff: Date) {
  const own = actor.role === "editor" ? { organizationId: actor.organizationId ?? "-" } : {};
  return { status: { not: "archived" as const }, ...own, ...stale(cutoff) };
}

export type ReviewItem = {
  kind: "organisation" | "offer";
  id: string;
  name: string;
  organisation: string | null;
  lastVerifiedAt: Date | null;
};

/** Everything due for review that the actor may confirm, oldest first. */
export async function listDueForReview(actor: NonNullable<Actor>, cutoff = reviewCutoff()): Promise<ReviewItem[]> {
  const [organisations, offers] = await Promise.all([
    can(actor, "organisation.verify")
      ? db.organization.findMany({
          where: dueOrganisationWhere(cutoff),
          orderBy: { lastVerifiedAt: { sort: "asc", nulls: "first" } },
          take: 200,
          select: { id: true, name: true, lastVerifiedAt: true },
        })
      : [],
    db.offer.findMany({
      where: dueOfferWhere(actor, cutoff),
      orderBy: { lastVerifiedAt: { sort: "asc", nulls: "first" } },
      take: 300,
      select: {
        id: true,
        slug: true,
        lastVerifiedAt: true,
        organization: { select: { name: true } },
        translations: { where: { locale: "de" }, select: { title: true } },
      },
    }),
  ]);
  return [
    ...organisations.map((o) => ({
      kind: "organisation" as const,
      id: o.id,
      name: o.name,
      organisation: null,
      lastVerifiedAt: o.lastVerifiedAt,
    })),
    ...offers.map((o) => ({
      kind: "offer" as const,
      id: o.id,
      name: o.translations[0]?.title ?? o.slug,
      organisation: o.organization.name,
      lastVerifiedAt: o.lastVerifiedAt,
    })),
  ].sort((a, b) => (a.lastVerifiedAt?.getTime() ?? 0) - (b.lastVerifiedAt?.getTime() ?? 0));
}

export async function countDueForReview(actor: NonNullable<Actor>, cutoff = reviewCutoff()) {
  const [organisations, offers] = await Promise.all([
    can(actor, "organisation.verify") ? db.organization.count({ where: dueOrganisationWhere(cutoff) }) : 0,
    db.offer.count({ where: dueOfferWhere(actor, cutoff) }),
  ]);
  return { organisations, offers };
}

const target = z.object({ id: z.string().min(1) });

export function verifyOrganisation(input: unknown, actor: Actor) {
  return mutate({
    schema: target,
    action: "organisation.verify",
    actor,
    input,
    write: async (tx, { id }) => {
      const before = await tx.organization.findUnique({ where: { id }, select: { name: true, lastVerifiedAt: true } });
      if (!before) throw new AppError("NOT_FOUND");
      const now = new Date();
      await tx.organization.update({ where: { id }, data: { lastVerifiedAt: now } });
      return {
        result: { verifiedAt: now },
        audit: {
          action: "verify",
          entityType: "Organization",
          entityId: id,
          summary: before.name,
          before: { lastVerifiedAt: before.lastVerifiedAt },
          after: { lastVerifiedAt: now },
        },
      };
    },
  });
}

export function verifyOffer(input: unknown, actor: Actor) {
  return mutate({
    schema: target,
    action: "offer.verify",
    actor,
    input,
    resource: async ({ id }) => ({
      organizationId:
        (await db.offer.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId ?? null,
    }),
    write: async (tx, { id }) => {
      const before = await tx.offer.findUnique({ where: { id }, select: { slug: true, lastVerifiedAt: true } });
      if (!before) throw new AppError("NOT_FOUND");
      const now = new Date();
      await tx.offer.update({ where: { id }, data: { lastVerifiedAt: now } });
      return {
        result: { verifiedAt: now },
        audit: {
          action: "verify",
          entityType: "Offer",
          entityId: id,
          summary: before.slug,
          before: { lastVerifiedAt: before.lastVerifiedAt },
          after: { lastVerifiedAt: now },
        },
      };
    },
  });
}
