import "server-only";
import { db, dbKind } from "./db";
import { publicOffer } from "./offers/visibility";

export type Health =
  | { status: "ok"; database: { kind: string; latencyMs: number; offers: number } }
  | { status: "unavailable"; database: { kind: string; error: string } };

/** A live query, so that a running process with a dead database is reported as unhealthy. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const offers = await db.offer.count({ where: publicOffer() });
    return { status: "ok", database: { kind: dbKind, latencyMs: Math.round(performance.now() - started), offers } };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return { status: "unavailable", database: { kind: dbKind, error: message } };
  }
}
