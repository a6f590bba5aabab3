import "server-only";
// The one write path: parse → authorise → write in a transaction that also appends the audit
// entry and marks what visitors see as changed → typed result. Server actions and route handlers
// are thin wrappers around it.
import type { z } from "zod";
import { appendAudits, type AuditInput } from "../audit/append";
import { can, type Action, type Actor, type Resource } from "../auth/policy";
import { db } from "../db/index";
import type { DbTransaction as Tx } from "../db/client";
import { forgetIndexVersion } from "../search/version";
import { TwinsFound } from "../duplicates/twin";
import { AppError, fieldErrorsOf, FieldError, type Conflict, type FieldErrors, type MutationResult } from "./errors";
import { invalidatePublicView } from "./public-view";

export type { Conflict, FieldErrors, MutationResult };
export { AppError, FieldError };

// The keys forms translate (e.g. institutions.inquiry.errors.rateLimited).
const formErrors: Record<AppError["code"], string> = {
  NOT_FOUND: "not_found",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  UNAUTHENTICATED: "unauthenticated",
  RATE_LIMITED: "rateLimited",
  IN_USE: "in_use",
  DUPLICATE: "duplicate",
};

type Spec<S extends z.ZodType, T> = {
  schema: S;
  action: Action;
  actor: Actor;
  input: unknown;
  /**
   * The resources the policy decides on, read from the database, never trusted from the input.
   * Moving a record between organisations names both: the actor must be allowed on each.
   */
  resource?: (data: z.infer<S>) => Promise<Resource | Resource[]>;
  /** the audit entry, or one per record when a save changes several */
  write: (
    tx: Tx,
    data: z.infer<S>,
  ) => Promise<{ result: T; audit: Omit<AuditInput, "userId"> | Omit<AuditInput, "userId">[] }>;
  /** How long the transaction may run, in ms, for writes far larger than a form's (an import). */
  timeout?: number;
  /** What the audit calls a save that is not a plain edit, e.g. a restore of an earlier version. */
  recordedAs?: RecordedAs;
};

export type RecordedAs = { action: string };

export async function mutate<S extends z.ZodType, T>(spec: Spec<S, T>): Promise<MutationResult<T>> {
  const parsed = spec.schema.safeParse(spec.input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const resources = [spec.resource ? await spec.resource(parsed.data) : {}].flat();
  if (!resources.every((resource) => can(spec.actor, spec.action, resource)))
    return { ok: false, fieldErrors: {}, formError: "forbidden" };
  try {
    const result = await db.$transaction(
      async (tx) => {
        const { result, audit } = await spec.write(tx, parsed.data);
        const entries = [audit].flat();
        await appendAudits(
          tx,
          entries.map((entry) => ({ ...entry, ...spec.recordedAs, userId: spec.actor?.id ?? null })),
        );
        await invalidatePublicView(
          tx,
          entries.map((entry) => entry.entityType),
        );
        return result;
      },
      spec.timeout ? { timeout: spec.timeout, maxWait: 10_000 } : undefined,
    );
    // A read between the version's bump and the commit may have remembered the old one.
    forgetIndexVersion();
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof TwinsFound) return { ok: false, fieldErrors: {}, formError: "twins", twins: error.twins };
    if (error instanceof FieldError)
      return { ok: false, fieldErrors: { [error.field]: [error.key] }, formError: "invalid" };
    if (error instanceof AppError)
      return {
        ok: false,
        fieldErrors: {},
        formError: formErrors[error.code],
        ...(error.conflict ? { conflict: error.conflict } : {}),
      };
    // A unique index said no (a slug or e-mail taken meanwhile): the user can pick another.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: {}, formError: "duplicate" };
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
