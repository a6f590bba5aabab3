import "server-only";
// Bulk jobs as rows, claimed like import and translation jobs: a runner in any process turns a
// queued row running with a conditional update (only one runner wins) and holds it with a lease it
// renews after every chunk. A job whose process stopped goes back to the queue and goes on after
// its cursor, so no record is changed twice.
import { z } from "zod";
import { can, type Actor } from "../auth/policy";
import { claimOldest, heldBy, releaseExpired, type JobClaim, type JobStatus } from "../background/lease";
import { db } from "../db/index";
import { actionsOf, bulkActions, bulkLists, listPermission, type BulkAction, type BulkList } from "./lists";
import type { BulkParams } from "./record";
import { parseReport, type BulkReport } from "./summary";

export const BULK_LEASE_MS = 60_000;
/** Ticked records come from one page of a list; anything larger is "all that match the filter". */
export const MAX_TICKED = 500;

const filterKeys = ["q", "status", "organizationId", "type", "programme", "district", "assignee"] as const;

const startSchema = z
  .object({
    list: z.enum(bulkLists),
    action: z.enum(bulkActions, { error: "chooseAction" }),
    scope: z.enum(["selected", "filter"]).default("selected"),
    keys: z.array(z.string().min(3).max(80)).max(MAX_TICKED, "tooMany").default([]),
    filter: z.object(Object.fromEntries(filterKeys.map((k) => [k, z.string().max(200).optional()]))).default({}),
    assigneeId: z.string().max(80).optional(),
  })
  .refine((d) => actionsOf[d.list].includes(d.action), { path: ["action"], message: "chooseAction" })
  .refine((d) => d.scope === "filter" || d.keys.length > 0, { path: ["keys"], message: "nothingSelected" })
  .refine((d) => d.action !== "assign" || d.assigneeId !== undefined, {
    path: ["assigneeId"],
    message: "chooseAssignee",
  });

export type Started = { ok: true; id: string } | { ok: false; error: string };

/** Queues a bulk action over ticked records or over all that match the list's filter. */
export async function startBulkJob(input: unknown, actor: Actor): Promise<Started> {
  if (!can(actor, "bulk.run")) return { ok: false, error: "forbidden" };
  const parsed = startSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "invalid" };
  const { list, action, scope, keys, filter, assigneeId } = parsed.data;
  if (!can(actor, listPermission[list])) return { ok: false, error: "forbidden" };
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
  const job = await db.bulkJob.create({
    data: {
      list,
      action,
      ids: scope === "selected" ? JSON.stringify([...new Set(keys)]) : null,
      filter: scope === "filter" ? JSON.stringify(clean) : null,
      params: JSON.stringify({ assigneeId } satisfies BulkParams),
      createdById: actor!.id,
    },
    select: { id: true },
  });
  return { ok: true, id: job.id };
}

export type { JobClaim };

export function claimBulkJob(leaseMs = BULK_LEASE_MS): Promise<JobClaim | null> {
  return claimOldest(db.bulkJob, leaseMs);
}

/** Running jobs whose lease ran out go back to the queue; returns how many. */
export function requeueStaleBulkJobs(now = new Date()): Promise<number> {
  return releaseExpired(db.bulkJob, { status: "queued", lockedUntil: null }, now);
}

export type Progress = { done: number; total: number; cursor: string | null; report: BulkReport };

/** Writes progress and renews the lease; false when the claim was lost (the job is no longer ours). */
export async function recordBulkProgress(claim: JobClaim, progress: Progress): Promise<boolean> {
  const { count } = await db.bulkJob.updateMany({
    where: heldBy(claim),
    data: {
      done: progress.done,
      total: progress.total,
      cursor: progress.cursor,
      report: JSON.stringify(progress.report),
      lockedUntil: new Date(Date.now() + BULK_LEASE_MS),
    },
  });
  return count === 1;
}

export async function finishBulkJob(claim: JobClaim, error?: string) {
  await db.bulkJob.updateMany({
    where: heldBy(claim),
    data: { status: error ? "failed" : "succeeded", error: error ?? null, finishedAt: new Date(), lockedUntil: null },
  });
}

export type BulkJobView = {
  id: string;
  list: BulkList;
  action: BulkAction;
  status: JobStatus;
  done: number;
  total: number;
  report: BulkReport;
  error: string | null;
  createdById: string;
  createdAt: Date;
  finishedAt: Date | null;
};

export async function getBulkJob(id: string): Promise<BulkJobView | null> {
  const job = await db.bulkJob.findUnique({
    where: { id },
    select: {
      id: true,
      list: true,
      action: true,
      status: true,
      done: true,
      total: true,
      report: true,
      error: true,
      createdById: true,
      createdAt: true,
      finishedAt: true,
    },
  });
  if (!job) return null;
  return { ...job, list: job.list as BulkList, action: job.action as BulkAction, report: parseReport(job.report) };
}
