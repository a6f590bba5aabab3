import "server-only";
// The back office's view of inquiries: lists with filters, one inquiry with its notes and history,
// and the changes coordinators make (assign, status, notes), each through the one write path with
// optimistic concurrency on the inquiry's version.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db";
import { districtCodes, type DistrictCode } from "../geo/districts";
import { changedFields } from "../audit/diff";
import type { DbTransaction } from "../db/client";
import type { FormValues } from "../forms/values";
import { AppError, FieldError, mutate } from "../mutation/mutate";
import { updateVersioned } from "../mutation/versioned";

export const inquiryStatuses = ["new", "in_progress", "done"] as const;
export type InquiryStatus = (typeof inquiryStatuses)[number];

// "me" is whoever looks at the list: the link "my inquiries" is the same for every coordinator.
export const assigneeFilters = ["me", "none"] as const;
export type AssigneeFilter = (typeof assigneeFilters)[number];

export type InquiryFilter = {
  status?: InquiryStatus;
  programme?: string;
  district?: DistrictCode;
  assignee?: AssigneeFilter;
};

export function parseInquiryFilter(params: Record<string, string | undefined>): InquiryFilter {
  return {
    status: (inquiryStatuses as readonly string[]).includes(params.status ?? "")
      ? (params.status as InquiryStatus)
      : undefined,
    programme: /^[a-z0-9-]{1,40}$/.test(params.programme ?? "") ? params.programme : undefined,
    district: districtCodes.includes(params.district as DistrictCode) ? (params.district as DistrictCode) : undefined,
    assignee: (assigneeFilters as readonly string[]).includes(params.assignee ?? "")
      ? (params.assignee as AssigneeFilter)
      : undefined,
  };
}

/** The list's filter as a query: the list and a bulk action over it select the same. */
export function inquiryWhere(filter: InquiryFilter, viewerId?: string) {
  return {
    ...(filter.assignee === "me" ? { assigneeId: viewerId ?? "-" } : {}),
    ...(filter.assignee === "none" ? { assigneeId: null } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.programme ? { programmes: { some: { slug: filter.programme } } } : {}),
    ...(filter.district ? { district: { code: filter.district } } : {}),
  };
}

/** How many inquiries the back-office list shows; a bulk action over the filter reaches all. */
export const INQUIRY_LIST_LIMIT = 200;

export async function listInquiries(filter: InquiryFilter, viewerId?: string) {
  return db.inquiry.findMany({
    where: inquiryWhere(filter, viewerId),
    orderBy: { createdAt: "desc" },
    take: INQUIRY_LIST_LIMIT,
    select: {
      id: true,
      institutionName: true,
      institutionType: true,
      status: true,
      createdAt: true,
      district: { select: { name: true } },
      assignee: { select: { name: true } },
      programmes: { select: { slug: true } },
    },
  });
}

export async function inquiryCounts() {
  const rows = await db.inquiry.groupBy({ by: ["status"], _count: true });
  return Object.fromEntries(inquiryStatuses.map((s) => [s, rows.find((r) => r.status === s)?._count ?? 0])) as Record<
    InquiryStatus,
    number
  >;
}

/** One inquiry; programme names in `locale`, else German. */
export async function getInquiry(id: string, locale = "de") {
  return db.inquiry.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      institutionName: true,
      institutionType: true,
      contactName: true,
      email: true,
      phone: true,
      message: true,
      locale: true,
      consentAt: true,
      status: true,
      createdAt: true,
      assigneeId: true,
      organizationId: true,
      organization: { select: { id: true, name: true } },
      district: { select: { name: true } },
      programmes: {
        select: {
          slug: true,
          translations: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } },
        },
      },
      notes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
}

/** An inquiry's audit entries, oldest first, with what each changed. */
export async function inquiryHistory(id: string) {
  const rows = await db.auditEntry.findMany({
    where: { entityType: "Inquiry", entityId: id },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      action: true,
      summary: true,
      before: true,
      after: true,
      createdAt: true,
      user: { select: { name: true } },
    },
  });
  return rows.map(({ before, after, ...row }) => ({ ...row, changes: changedFields(before, after) }));
}

/** People an inquiry can be assigned to. */
export async function listAssignees() {
  return db.user.findMany({
    where: { active: true, role: { in: ["admin", "coordinator"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

const editSelect = { version: true, status: true, assigneeId: true, organizationId: true, institutionName: true } as const;

type EditRecord = {
  version: number;
  status: string;
  assigneeId: string | null;
  organizationId: string | null;
  institutionName: string;
};

/** An inquiry's status, assignee and organisation as the back office's form shows them. */
export const inquiryValuesOf = (r: Pick<EditRecord, "status" | "assigneeId" | "organizationId">): FormValues => ({
  status: r.status,
  assigneeId: r.assigneeId ?? "",
  organizationId: r.organizationId ?? "",
});

const base = z.object({ id: z.string().min(1), version: z.coerce.number().int().positive() });

const updateSchema = base.extend({
  status: z.enum(inquiryStatuses, { error: "choose" }),
  assigneeId: z.string().transform((v) => v || null),
  // Left out (a bulk assignment) keeps the organisation as it is; empty removes it.
  organizationId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
});

const noteSchema = z.object({
  id: z.string().min(1),
  body: z.string().trim().min(1, "noteRequired").max(5000, "tooLong"),
});

/** Status and assignee in one save, refused when the inquiry changed since the form was loaded. */
export function updateInquiry(input: unknown, actor: Actor) {
  return mutate({
    schema: updateSchema,
    action: "inquiry.update",
    actor,
    input,
    write: async (tx, data) => {
      if (data.assigneeId) {
        const assignee = await tx.user.findFirst({
          where: { id: data.assigneeId, active: true, role: { in: ["admin", "coordinator"] } },
        });
        // Only active coordinators and administrators take inquiries: anyone else is not a choice.
        if (!assignee) throw new FieldError("assigneeId", "unknownChoice");
      }
      if (data.organizationId) await expectChoosableOrganisation(tx, data.id, data.organizationId);
      return updateVersioned({
        entityType: "Inquiry",
        id: data.id,
        version: data.version,
        load: () => tx.inquiry.findUnique({ where: { id: data.id }, select: editSelect }),
        update: () =>
          tx.inquiry.updateMany({
            where: { id: data.id, version: data.version },
            data: {
              status: data.status,
              assigneeId: data.assigneeId,
              organizationId: data.organizationId,
              version: { increment: 1 },
            },
          }),
        valuesOf: inquiryValuesOf,
        // The inquiry's name: what changed is read from the values, in the reader's language.
        summaryOf: (after) => after.institutionName,
        result: () => ({ id: data.id }),
      });
    },
  });
}

/**
 * An organisation a coordinator may file an inquiry under: one the directory still lists, or the
 * one it is filed under already (archived since), so that saving the status does not refuse it.
 */
async function expectChoosableOrganisation(tx: DbTransaction, inquiryId: string, organizationId: string) {
  const [organisation, inquiry] = await Promise.all([
    tx.organization.findUnique({ where: { id: organizationId }, select: { status: true, mergedIntoId: true } }),
    tx.inquiry.findUnique({ where: { id: inquiryId }, select: { organizationId: true } }),
  ]);
  const listed = organisation && organisation.status !== "archived" && !organisation.mergedIntoId;
  if (!listed && !(organisation && inquiry?.organizationId === organizationId))
    throw new FieldError("organizationId", "unknownChoice");
}

export function addInquiryNote(input: unknown, actor: Actor) {
  return mutate({
    schema: noteSchema,
    action: "inquiry.update",
    actor,
    input,
    write: async (tx, data) => {
      const inquiry = await tx.inquiry.findUnique({ where: { id: data.id }, select: { institutionName: true } });
      if (!inquiry) throw new AppError("NOT_FOUND");
      const note = await tx.inquiryNote.create({
        data: { inquiryId: data.id, authorId: actor?.id ?? null, body: data.body },
      });
      return {
        result: { noteId: note.id },
        audit: {
          action: "note",
          entityType: "Inquiry",
          entityId: data.id,
          summary: inquiry.institutionName,
          after: { body: data.body },
        },
      };
    },
  });
}
