// How every route handler answers a failure, in one place: a handler throws (or lets through) what
// went wrong and `handled` turns it into the status it means, as JSON. Whatever is not listed here is
// a server error and is not caught.
import { ZodError } from "zod";
import { AppError, fieldErrorsOf } from "../mutation/errors";

const statusOf: Record<AppError["code"], number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  IN_USE: 409,
  DUPLICATE: 409,
  RATE_LIMITED: 429,
};

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** Prisma's "record to update or delete not found". */
const isMissingRecord = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";

/** The answer a failure deserves, or null when it is not one the app expects. */
export function errorResponse(error: unknown): Response | null {
  if (error instanceof ZodError) return json(422, { error: "invalid", fieldErrors: fieldErrorsOf(error) });
  if (error instanceof AppError)
    return json(statusOf[error.code], {
      error: error.code.toLowerCase(),
      ...(error.conflict ? { version: error.conflict.version, current: error.conflict.current } : {}),
    });
  if (isMissingRecord(error)) return json(404, { error: "not_found" });
  return null;
}

/** A route handler whose expected failures answer with their status. */
export function handled<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const response = errorResponse(error);
      if (response) return response;
      throw error;
    }
  };
}
