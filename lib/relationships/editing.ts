import "server-only";
// Relationships between organisations of the network (who funds, refers to or works with whom).
// A relationship is only a link: ending it is done with an end date so that the history stays
// visible, and deleting one that was entered by mistake loses nothing else.
import { z } from "zod";
import type { Prisma } from "../../generated/sqlite/client";
import type { Actor } from "../auth/policy";
import { db } from "../db/index";
import { inForceOn } from "../db/in-force";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import { flattenValues, type FormValues } from "../forms/values";
import { deleteVersioned, updateVersioned } from "../mutation/versioned";
import { FieldError, mutate, type RecordedAs } from "../mutation/mutate";
import { expectNoTwins, reverseRelationshipTwins } from "../duplicates/twins";

/** Read as "from … to": "A funds B", "A is a member of B" (mirrors the RelationshipType enum). */
export const relationshipTypes = ["cooperates_with", "funds", "refers_to", "member_of", "supports", "part_of"] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

const fields = z.object({
  fromId: field.id(),
  toId: field.id(),
  type: z.enum(relationshipTypes, { error: "choose" }),
  programmeId: field.optionalId(),
  since: field.optionalDate(),
  until: field.optionalDate(),
  note: field.optionalText(1000),
});

type Fields = z.infer<typeof fields>;

function rules(r: Fields, ctx: z.RefinementCtx) {
  if (r.fromId === r.toId) ctx.addIssue({ code: "custom", path: ["toId"], message: "sameOrganisation" });
  if (r.since && r.until && r.until < r.since)
    ctx.addIssue({ code: "custom", path: ["until"], message: "untilBeforeFrom" });
}

const createSchema = fields.extend({ saveAnyway: field.checkbox() }).superRefine(rules);
const updateSchema = fields.extend({ id: field.id(), version: field.version() }).superRefine(rules);
const deleteSchema = z.object({ id: field.id(), version: field.version() });

const editSelect = {
  id: true,
  version: true,
  fromId: true,
  toId: true,
  type: true,
  programmeId: true,
  since: true,
  until: true,
  note: true,
  from: { select: { id: true, name: true } },
  to: { select: { id: true, name: true } },
} satisfies Prisma.RelationshipSelect;

type EditRecord = Prisma.RelationshipGetPayload<{ select: typeof editSelect }>;

/** A record as its form shows it; also what a conflicting save is compared with. */
function formValuesOf(r: EditRecord): FormValues {
  const { fromId, toId, type, programmeId, since, until, note } = r;
  return flattenValues({ fromId, toId, type, programmeId, since, until, note });
}

// Names only: the kind of relationship is a field, worded in the reader's language with the changes.
const summaryOf = (r: EditRecord) => `${r.from.name} → ${r.to.name}`;

export async function relationshipForEditing(id: string) {
  const record = await db.relationship.findUnique({ where: { id }, select: editSelect });
  return record ? { record, values: formValuesOf(record) } : null;
}

export function newRelationshipValues(fromId?: string | null): FormValues {
  return { type: "cooperates_with", ...(fromId ? { fromId } : {}) };
}

export type AdminRelationshipFilter = {
  organizationId?: string;
  type?: string;
  programmeId?: string;
  current?: boolean;
};

const startOfToday = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);

/** Relationships for the back-office list; an organisation matches at either end. */
export async function listRelationshipsForAdmin(filter: AdminRelationshipFilter) {
  const today = startOfToday();
  const rows = await db.relationship.findMany({
    where: {
      AND: [
        filter.organizationId ? { OR: [{ fromId: filter.organizationId }, { toId: filter.organizationId }] } : {},
        filter.type && (relationshipTypes as readonly string[]).includes(filter.type)
          ? { type: filter.type as RelationshipType }
          : {},
        filter.programmeId ? { programmeId: filter.programmeId } : {},
        filter.current ? inForceOn(today) : {},
      ],
    },
    orderBy: [{ from: { name: "asc" } }, { type: "asc" }, { to: { name: "asc" } }],
    take: 500,
    select: {
      id: true,
      type: true,
      since: true,
      until: true,
      from: { select: { id: true, name: true } },
      to: { select: { id: true, name: true } },
      programme: {
        select: { id: true, slug: true, translations: { where: { locale: "de" }, select: { name: true } } },
      },
    },
  });
  return rows.map(({ programme, ...row }) => ({
    ...row,
    programme: programme ? { id: programme.id, name: programme.translations[0]?.name ?? programme.slug } : null,
  }));
}

/** Programmes a relationship can be part of, by their German names. */
export async function relationshipProgrammeChoices() {
  const rows = await db.programme.findMany({
    where: { status: { not: "archived" } },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, translations: { where: { locale: "de" }, select: { name: true } } },
  });
  return rows.map((p) => ({ id: p.id, name: p.translations[0]?.name ?? p.slug }));
}

async function checkReferences(tx: Tx, data: Fields, id?: string) {
  const [from, to, programme] = await Promise.all([
    tx.organization.findUnique({ where: { id: data.fromId }, select: { id: true } }),
    tx.organization.findUnique({ where: { id: data.toId }, select: { id: true } }),
    data.programmeId ? tx.programme.findUnique({ where: { id: data.programmeId }, select: { id: true } }) : null,
  ]);
  if (!from) throw new FieldError("fromId", "unknownChoice");
  if (!to) throw new FieldError("toId", "unknownChoice");
  if (data.programmeId && !programme) throw new FieldError("programmeId", "unknownChoice");
  // The unique index would say the same, but only as "duplicate" for the whole form.
  const twin = await tx.relationship.findFirst({
    where: { fromId: data.fromId, toId: data.toId, type: data.type, ...(id ? { id: { not: id } } : {}) },
    select: { id: true },
  });
  if (twin) throw new FieldError("type", "duplicateRelationship");
}

export function createRelationship(input: unknown, actor: Actor) {
  return mutate({
    schema: createSchema,
    action: "relationship.manage",
    actor,
    input,
    write: async (tx, { saveAnyway, ...data }) => {
      await checkReferences(tx, data);
      expectNoTwins(await reverseRelationshipTwins(tx, data), saveAnyway);
      const created = await tx.relationship.create({ data, select: { id: true } });
      const after = await tx.relationship.findUniqueOrThrow({ where: { id: created.id }, select: editSelect });
      return {
        result: { id: created.id, version: after.version },
        audit: {
          action: "create",
          entityType: "Relationship",
          entityId: created.id,
          summary: summaryOf(after),
          after: formValuesOf(after),
        },
      };
    },
  });
}

/** Saves an existing relationship, refused when it changed since the form was loaded. */
export function updateRelationship(input: unknown, actor: Actor, recordedAs?: RecordedAs) {
  return mutate({
    recordedAs,
    schema: updateSchema,
    action: "relationship.manage",
    actor,
    input,
    write: (tx, data) => {
      const { id, version, ...rest } = data;
      return updateVersioned({
        entityType: "Relationship",
        id,
        version,
        load: () => tx.relationship.findUnique({ where: { id }, select: editSelect }),
        update: async () => {
          await checkReferences(tx, rest, id);
          return tx.relationship.updateMany({ where: { id, version }, data: { ...rest, version: { increment: 1 } } });
        },
        valuesOf: formValuesOf,
        summaryOf,
        result: () => ({ id }),
      });
    },
  });
}

/** Removes a relationship entered by mistake; the audit entry keeps what it was. */
export function deleteRelationship(input: unknown, actor: Actor) {
  return mutate({
    schema: deleteSchema,
    action: "relationship.manage",
    actor,
    input,
    write: (tx, { id, version }) =>
      deleteVersioned({
        entityType: "Relationship",
        id,
        version,
        load: () => tx.relationship.findUnique({ where: { id }, select: editSelect }),
        remove: () => tx.relationship.deleteMany({ where: { id, version } }),
        valuesOf: formValuesOf,
        summaryOf,
        result: (before) => ({ id, fromId: before.fromId }),
      }),
  });
}
