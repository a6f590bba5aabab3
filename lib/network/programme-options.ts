import "server-only";
// The programmes to filter the network by, as a tree: a sub-programme follows its parent, one
// level deeper. Archived programmes stay in the list, as a past date may show them still running.
import { db } from "../db";

export type NetworkProgrammeOption = { slug: string; name: string; depth: number };

export async function networkProgrammeOptions(locale: "de" | "en"): Promise<NetworkProgrammeOption[]> {
  const rows = await db.programme.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      parentId: true,
      translations: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } },
    },
  });
  const known = new Set(rows.map((row) => row.id));
  const options: NetworkProgrammeOption[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    for (const row of rows) {
      // A programme whose parent is gone counts as a top-level one.
      const parent = row.parentId && known.has(row.parentId) ? row.parentId : null;
      if (parent !== parentId || seen.has(row.id)) continue;
      seen.add(row.id);
      const name = row.translations.find((t) => t.locale === locale) ?? row.translations[0];
      options.push({ slug: row.slug, name: name?.name ?? row.slug, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  // Only a loop of parents leaves programmes unvisited; they are listed rather than lost.
  for (const row of rows)
    if (!seen.has(row.id)) options.push({ slug: row.slug, name: row.translations[0]?.name ?? row.slug, depth: 0 });
  return options;
}
