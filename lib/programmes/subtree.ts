import "server-only";
import { db } from "../db";

/** The programme with every programme below it (IfKuF stands for Griffbereit and both Rucksacks too). */
export async function programmeWithDescendants(slug: string): Promise<string[]> {
  const all = await db.programme.findMany({ select: { id: true, slug: true, parentId: true } });
  const root = all.find((p) => p.slug === slug);
  if (!root) return [];
  const ids = new Set([root.id]);
  // The editor refuses loops, and the set would stop one anyway.
  for (let grown = true; grown;) {
    grown = false;
    for (const p of all) {
      if (p.parentId && ids.has(p.parentId) && !ids.has(p.id)) {
        ids.add(p.id);
        grown = true;
      }
    }
  }
  return [...ids];
}
