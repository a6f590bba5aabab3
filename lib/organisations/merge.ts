import "server-only";
// Merging two organisations that turned out to be one: everything that hangs on the one merged
// away moves to the one that stays, in one transaction, with an audit entry on both records. The
// merged-away record is archived and remembers where it went, so its public address leads there.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db, dbKind } from "../db";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import { AppError, mutate } from "../mutation/mutate";
import { reindexOffers } from "../search/indexer";

/** Why a relationship of the merged-away record is removed instead of moved. */
export type DroppedReason = "selfLoop" | "duplicate";

export type MergePlan = {
  source: { id: string; name: string; version: number };
  target: { id: string; name: string; version: number };
  offers: number;
  locations: number;
  participations: number;
  children: number;
  users: number;
  programmes: number;
  /** inquiries filed under the merged-away organisation */
  inquiries: number;
  relationshipsMoved: number;
  /** `label` names both ends by name; the kind is `type`, worded by whoever shows it */
  relationshipsDropped: Array<{ id: string; label: string; type: string; reason: DroppedReason }>;
  /** languages whose description the staying record lacks and takes over */
  translations: string[];
  /** contact fields the staying record lacks and takes over */
  fields: Array<(typeof fillable)[number]>;
};

const side = {
  id: true,
  name: true,
  version: true,
  status: true,
  mergedIntoId: true,
  email: true,
  phone: true,
  website: true,
  shortName: true,
} as const;
const fillable = ["shortName", "email", "phone", "website"] as const;

type Reader = Pick<
  Tx,
  | "organization"
  | "offer"
  | "location"
  | "participation"
  | "user"
  | "programme"
  | "relationship"
  | "organizationTranslation"
  | "inquiry"
>;

/** What a merge of `sourceId` into `targetId` would move; null when either is missing or already merged. */
export async function planMerge(reader: Reader, sourceId: string, targetId: string): Promise<MergePlan | null> {
  if (sourceId === targetId) return null;
  const source = await reader.organization.findUnique({ where: { id: sourceId }, select: side });
  const target = await reader.organization.findUnique({ where: { id: targetId }, select: side });
  if (!source || !target || source.mergedIntoId || target.mergedIntoId) return null;
  const owned = { organizationId: sourceId };
  const relationships = await reader.relationship.findMany({
    where: { OR: [{ fromId: sourceId }, { toId: sourceId }] },
    select: {
      id: true,
      fromId: true,
      toId: true,
      type: true,
      from: { select: { name: true } },
      to: { select: { name: true } },
    },
  });
  // What the target already has, and what moving the source's edges one by one would add.
  const taken = new Set(
    (
      await reader.relationship.findMany({
        where: { OR: [{ fromId: targetId }, { toId: targetId }] },
        select: { fromId: true, toId: true, type: true },
      })
    ).map((r) => `${r.fromId} ${r.toId} ${r.type}`),
  );
  const dropped: MergePlan["relationshipsDropped"] = [];
  let moved = 0;
  for (const r of relationships) {
    const fromId = r.fromId === sourceId ? targetId : r.fromId;
    const toId = r.toId === sourceId ? targetId : r.toId;
    const label = `${r.from.name} → ${r.to.name}`;
    const key = `${fromId} ${toId} ${r.type}`;
    if (fromId === toId) dropped.push({ id: r.id, label, type: r.type, reason: "selfLoop" });
    else if (taken.has(key)) dropped.push({ id: r.id, label, type: r.type, reason: "duplicate" });
    else {
      taken.add(key);
      moved++;
    }
  }
  const theirs = await reader.organizationTranslation.findMany({ where: owned, select: { locale: true } });
  const ours = new Set(
    (
      await reader.organizationTranslation.findMany({ where: { organizationId: targetId }, select: { locale: true } })
    ).map((t) => t.locale),
  );
  return {
    source: { id: source.id, name: source.name, version: source.version },
    target: { id: target.id, name: target.name, version: target.version },
    offers: await reader.offer.count({ where: owned }),
    locations: await reader.location.count({ where: owned }),
    participations: await reader.participation.count({ where: owned }),
    children: await reader.organization.count({ where: { parentId: sourceId, id: { not: targetId } } }),
    users: await reader.user.count({ where: owned }),
    programmes: await reader.programme.count({ where: { contactOrgId: sourceId } }),
    inquiries: await reader.inquiry.count({ where: owned }),
    relationshipsMoved: moved,
    relationshipsDropped: dropped,
    translations: theirs.map((t) => t.locale).filter((l) => !ours.has(l)),
    fields: fillable.filter((f) => !target[f] && source[f]),
  };
}

export function mergePreview(sourceId: string, targetId: string) {
  return planMerge(db, sourceId, targetId);
}

const schema = z.object({
  sourceId: field.id(),
  targetId: field.id(),
  sourceVersion: field.version(),
  targetVersion: field.version(),
});

/**
 * Merges one organisation into another as previewed: refused when either changed since the preview
 * (its version), so nothing moves that the user did not see.
 */
export function mergeOrganisations(input: unknown, actor: Actor) {
  return mutate({
    schema,
    action: "organisation.merge",
    actor,
    input,
    // A merge of every kind of record is staff work; a long one (a register's thousands of offers)
    // still runs as one transaction, as the merge must be all or nothing.
    timeout: 60_000,
    write: async (tx, data) => {
      const plan = await planMerge(tx, data.sourceId, data.targetId);
      if (!plan) throw new AppError("NOT_FOUND");
      if (plan.source.version !== data.sourceVersion || plan.target.version !== data.targetVersion)
        throw new AppError("CONFLICT");
      const { sourceId, targetId } = data;
      const move = { organizationId: targetId };
      const offerIds = (await tx.offer.findMany({ where: { organizationId: sourceId }, select: { id: true } })).map(
        (o) => o.id,
      );
      await tx.offer.updateMany({ where: { organizationId: sourceId }, data: move });
      await tx.location.updateMany({ where: { organizationId: sourceId }, data: move });
      await tx.participation.updateMany({ where: { organizationId: sourceId }, data: move });
      await tx.user.updateMany({ where: { organizationId: sourceId }, data: move });
      const inquiries = await tx.inquiry.findMany({
        where: { organizationId: sourceId },
        select: { id: true, institutionName: true },
      });
      // A form loaded before the merge must not file the inquiry back under the archived record.
      await tx.inquiry.updateMany({ where: { organizationId: sourceId }, data: { ...move, version: { increment: 1 } } });
      await tx.programme.updateMany({ where: { contactOrgId: sourceId }, data: { contactOrgId: targetId } });
      await tx.organization.updateMany({
        where: { parentId: sourceId, id: { not: targetId } },
        data: { parentId: targetId },
      });
      await moveRelationships(tx, plan);
      await copyTranslations(tx, plan);
      const source = await tx.organization.findUniqueOrThrow({ where: { id: sourceId }, select: side });
      const target = await tx.organization.findUniqueOrThrow({
        where: { id: targetId },
        select: { ...side, parentId: true },
      });
      await tx.organization.update({
        where: { id: targetId },
        data: {
          ...Object.fromEntries(plan.fields.map((f) => [f, source[f]])),
          // The record that stays cannot belong to the one that goes.
          ...(target.parentId === sourceId ? { parentId: null } : {}),
          version: { increment: 1 },
        },
      });
      await tx.organization.update({
        where: { id: sourceId },
        data: { status: "archived", mergedIntoId: targetId, parentId: null, version: { increment: 1 } },
      });
      // Offers are found by their provider's name and show it on their cards.
      await reindexOffers(tx, dbKind, offerIds);
      const moved = {
        offers: plan.offers,
        locations: plan.locations,
        participations: plan.participations,
        inquiries: plan.inquiries,
        relationships: plan.relationshipsMoved,
        // Names only, as every value the history words: a code would read as English in any language.
        relationshipsDropped: plan.relationshipsDropped.map((r) => r.label),
        translations: plan.translations,
        fields: plan.fields,
      };
      return {
        result: { targetId, plan },
        audit: [
          {
            action: "merge",
            entityType: "Organization",
            entityId: sourceId,
            summary: `${plan.source.name} → ${plan.target.name}`,
            before: { status: source.status, mergedInto: null },
            after: { status: "archived", mergedInto: plan.target.name, ...moved },
          },
          {
            action: "mergeInto",
            entityType: "Organization",
            entityId: targetId,
            summary: `${plan.source.name} → ${plan.target.name}`,
            before: { merged: null },
            after: { merged: plan.source.name, ...moved },
          },
          // Each inquiry's own history says where it went, as a coordinator's change of it would.
          ...inquiries.map((inquiry) => ({
            action: "update",
            entityType: "Inquiry",
            entityId: inquiry.id,
            summary: inquiry.institutionName,
            before: { organizationId: sourceId },
            after: { organizationId: targetId },
          })),
        ],
      };
    },
  });
}

async function moveRelationships(tx: Tx, plan: MergePlan) {
  const { id: sourceId } = plan.source;
  const { id: targetId } = plan.target;
  const dropped = plan.relationshipsDropped.map((r) => r.id);
  if (dropped.length) await tx.relationship.deleteMany({ where: { id: { in: dropped } } });
  await tx.relationship.updateMany({
    where: { fromId: sourceId },
    data: { fromId: targetId, version: { increment: 1 } },
  });
  await tx.relationship.updateMany({ where: { toId: sourceId }, data: { toId: targetId, version: { increment: 1 } } });
}

async function copyTranslations(tx: Tx, plan: MergePlan) {
  if (!plan.translations.length) return;
  const rows = await tx.organizationTranslation.findMany({
    where: { organizationId: plan.source.id, locale: { in: plan.translations } },
  });
  for (const row of rows) await tx.organizationTranslation.create({ data: { ...row, organizationId: plan.target.id } });
}

/** Where the public address of a merged-away organisation leads: the slug of the one it became. */
export async function mergedOrganisationSlug(slug: string): Promise<string | null> {
  let row = await db.organization.findUnique({ where: { slug }, select: { mergedIntoId: true } });
  // A record merged into one that was merged again later: follow, but never round in circles.
  for (let hops = 0; row?.mergedIntoId && hops < 5; hops++) {
    const next: { slug: string; mergedIntoId: string | null; status: string } | null = await db.organization.findUnique(
      {
        where: { id: row.mergedIntoId },
        select: { slug: true, mergedIntoId: true, status: true },
      },
    );
    if (next && !next.mergedIntoId) return next.status === "published" ? next.slug : null;
    row = next;
  }
  return null;
}
