import "server-only";
import { db } from "./db";
import { inquiryCounts } from "./inquiries/backoffice";

export async function dashboardCounts() {
  const [offers, organisations, inquiries] = await Promise.all([
    db.offer.count({ where: { status: "published" } }),
    db.organization.count({ where: { status: { not: "archived" } } }),
    inquiryCounts(),
  ]);
  return { offers, organisations, inquiries };
}
