import "server-only";
// The back office's view of inquiries: lists with filters, one inquiry with its notes and history,
// and the changes coordinators make (assign, status, notes), each through the one write path with
// optimistic concurrency on the inquiry's version.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db";
import { districtCodes, type DistrictCode } from "../geo/districts";
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

export async function getInquiry(id: string) {
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
      district: { select: { name: true } },
      programmes: { select: { slug: true } },
      notes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
}

export async function inquiryHistory(id: string) {
  return db.auditEntry.findMany({
    where: { entityType: "Inquiry", entityId: id },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, summary: true, createdAt: true, user: { select: { name: true } } },
  });
}

/** People an inquiry can be assigned to. */
export async function listAssignees() {
  return db.user.findMany({
    where: { active: true, role: { in: ["admin", "coordinator"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

const editSelect = { version: true, status: true, assigneeId: true, assignee: { select: { name: true } } } as const;

type EditRecord = { version: number; status: string; assigneeId: string | null; assignee: { name: string } | null };

/** An inquiry's status and assignee as the back office's form shows them. */
export const inquiryValuesOf = (r: Pick<EditRecord, "status" | "assigneeId">): FormValues => ({
  status: r.status,
  assigneeId: r.assigneeId ?? "",
});

/** What a save changed, for the inquiry's history: the status and who it is assigned to. */
function changeSummary(after: EditRecord, before: EditRecord): string {
  const who = (r: EditRecord) => r.assignee?.name ?? "–";
  const parts = [
    before.status !== after.status ? `status ${before.status} → ${after.status}` : "",
    before.assigneeId !== after.assigneeId ? `assignee ${who(before)} → ${who(after)}` : "",
  ].filter(Boolean);
  return parts.join("; ") || `status ${after.status}`;
}

const base = z.object({ id: z.string().min(1), version: z.coerce.number().int().positive() });

const updateSchema = base.extend({
  status: z.enum(inquiryStatuses, { error: "choose" }),
  assigneeId: z.string().transform((v) => v || null),
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
      return updateVersioned({
        entityType: "Inquiry",
        id: data.id,
        version: data.version,
        load: () => tx.inquiry.findUnique({ where: { id: data.id }, select: editSelect }),
        update: () =>
          tx.inquiry.updateMany({
            where: { id: data.id, version: data.version },
            data: { status: data.status, assigneeId: data.assigneeId, version: { increment: 1 } },
          }),
        valuesOf: inquiryValuesOf,
        summaryOf: changeSummary,
        result: () => ({ id: data.id }),
      });
    },
  });
}

export function addInquiryNote(input: unknown, actor: Actor) {
  return mutate({
    schema: noteSchema,
    action: "inquiry.update",
    actor,
    input,
    write: async (tx, data) => {
      if (!(await tx.inquiry.findUnique({ where: { id: data.id }, select: { id: true } })))
        throw new AppError("NOT_FOUND");
      const note = await tx.inquiryNote.create({
        data: { inquiryId: data.id, authorId: actor?.id ?? null, body: data.body },
      });
      return {
        result: { noteId: note.id },
        audit: {
          action: "note",
          entityType: "Inquiry",
          entityId: data.id,
          summary: "note added",
          after: { body: data.body },
        },
      };
    },
  });
}
