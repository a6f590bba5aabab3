import "server-only";
import type { Actor } from "./auth/policy";
import { db } from "./db";
import { inquiryCounts } from "./inquiries/backoffice";
import { publicOffer } from "./offers/visibility";

/** The overview's figures; a partner editor counts only their own organisation's offers. */
export async function dashboardCounts(actor: NonNullable<Actor>) {
  const own = actor.role === "editor" ? { organizationId: actor.organizationId ?? "-" } : {};
  const [offers, drafts, organisations, inquiries] = await Promise.all([
    db.offer.count({ where: { ...publicOffer(), ...own } }),
    db.offer.count({ where: { status: "draft", ...own } }),
    db.organization.count({ where: { status: { not: "archived" } } }),
    inquiryCounts(),
  ]);
  return { offers, drafts, organisations, inquiries };
}
