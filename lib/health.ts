import "server-only";
import { db, dbKind } from "./db";

export type Health =
  | { status: "ok"; database: { kind: string; latencyMs: number; publicVersion: number } }
  | { status: "unavailable"; database: { kind: string; error: string } };

/**
 * A live query, so that a running process with a dead database is reported as unhealthy. It reads
 * one row: a balancer asks every few seconds, and the answer must not cost more with a bigger
 * catalogue or wait behind a long write.
 */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const state = await db.searchState.findUnique({ where: { id: 1 }, select: { version: true } });
    const latencyMs = Math.round(performance.now() - started);
    return { status: "ok", database: { kind: dbKind, latencyMs, publicVersion: state?.version ?? 0 } };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return { status: "unavailable", database: { kind: dbKind, error: message } };
  }
}
