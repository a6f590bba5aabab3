import "server-only";
// The one write path: parse → authorise → write in a transaction that also appends the audit
// entry → typed result. Server actions and route handlers are thin wrappers around it.
import type { z } from "zod";
import { appendAudit, type AuditInput } from "./audit";
import { can, type Action, type Actor, type Resource } from "./auth/policy";
import { db } from "./db";
import type { DbTransaction as Tx } from "./db/client";
import { fieldErrorsOf, type FieldErrors } from "./mutation-errors";

export type { FieldErrors };

export type MutationResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors; formError?: string };

export class AppError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "RATE_LIMITED",
    message = code,
  ) {
    super(message);
  }
}

// The keys forms translate (e.g. institutions.inquiry.errors.rateLimited).
const formErrors: Record<AppError["code"], string> = {
  NOT_FOUND: "not_found",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  RATE_LIMITED: "rateLimited",
};

type Spec<S extends z.ZodType, T> = {
  schema: S;
  action: Action;
  actor: Actor;
  input: unknown;
  /** the resource the policy decides on, read from the database, never from the input */
  resource?: (data: z.infer<S>) => Promise<Resource>;
  write: (tx: Tx, data: z.infer<S>) => Promise<{ result: T; audit: Omit<AuditInput, "userId"> }>;
};

export async function mutate<S extends z.ZodType, T>(spec: Spec<S, T>): Promise<MutationResult<T>> {
  const parsed = spec.schema.safeParse(spec.input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const resource = spec.resource ? await spec.resource(parsed.data) : {};
  if (!can(spec.actor, spec.action, resource)) return { ok: false, fieldErrors: {}, formError: "forbidden" };
  try {
    const result = await db.$transaction(async (tx) => {
      const { result, audit } = await spec.write(tx, parsed.data);
      await appendAudit(tx, { ...audit, userId: spec.actor?.id ?? null });
      return result;
    });
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, fieldErrors: {}, formError: formErrors[error.code] };
    throw error;
  }
}
