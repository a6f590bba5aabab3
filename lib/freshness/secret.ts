import "server-only";
import { createHmac } from "node:crypto";
import { env } from "../env";

/**
 * The key the still-correct links are signed with: FRESHNESS_SECRET, else one derived from
 * NEXTAUTH_SECRET (a key of its own, so that a link's signature never doubles as anything a session
 * accepts), else none: without a key no link can be made, and no request is sent.
 */
export function freshnessSecret(): string | null {
  const { FRESHNESS_SECRET, NEXTAUTH_SECRET } = env();
  if (FRESHNESS_SECRET) return FRESHNESS_SECRET;
  return NEXTAUTH_SECRET ? createHmac("sha256", NEXTAUTH_SECRET).update("wegweiser freshness links").digest("base64url") : null;
}
