import "server-only";
// Likely twins of a record about to be created. Each lookup reads a bounded set through an index
// (organisations sharing a name block, one provider's offers, one pair's relationships): its cost
// does not grow with the catalogue.
import type { DbTransaction as Tx } from "../db/client";
import { db } from "../db/index";
import { nameKey, OFFER_TWIN, ORGANISATION_TWIN, organisationNameKeys, similarity } from "./normalise";
import { TwinsFound, type Twin } from "./twin";

export { organisationNameKeys };

type Reader = Pick<Tx, "organization" | "offerTranslation" | "relationship">;

// Enough for every spelling of one name; a block larger than this is a very common prefix,
// where the exact key still finds the exact twins.
const CANDIDATES = 200;
const SHOWN = 5;

const best = <T extends { score: number }>(rows: T[]) => rows.sort((a, b) => b.score - a.score).slice(0, SHOWN);

/** Organisations whose names are likely the same as `name` (merged-away ones left out). */
export async function organisationTwins(
  reader: Pick<Tx, "organization">,
  name: string,
  exceptId?: string,
): Promise<Twin[]> {
  const keys = organisationNameKeys(name);
  const select = { id: true, name: true, nameKey: true } as const;
  const where = { mergedIntoId: null, ...(exceptId ? { id: { not: exceptId } } : {}) };
  const exact = await reader.organization.findMany({ where: { ...where, nameKey: keys.nameKey }, select, take: SHOWN });
  const near = await reader.organization.findMany({
    where: { ...where, nameBlock: keys.nameBlock },
    select,
    take: CANDIDATES,
  });
  const scored = new Map<string, { twin: Twin; score: number }>();
  for (const row of [...exact, ...near]) {
    const score = similarity(keys.nameKey, row.nameKey ?? nameKey(row.name));
    if (score >= ORGANISATION_TWIN)
      scored.set(row.id, { twin: { id: row.id, name: row.name, href: `/admin/organisations/${row.id}` }, score });
  }
  return best([...scored.values()]).map(({ twin }) => twin);
}

// A provider with more offers than this is a register, not a partner typing by hand.
const PROVIDER_OFFERS = 1000;

/** The provider's offers whose German title is, once folded, the same as `title`. */
export async function offerTwins(reader: Reader, organizationId: string, title: string): Promise<Twin[]> {
  const key = nameKey(title);
  const rows = await reader.offerTranslation.findMany({
    where: { locale: "de", offer: { organizationId, status: { not: "archived" } } },
    select: { offerId: true, title: true },
    take: PROVIDER_OFFERS,
  });
  return rows
    .filter((row) => similarity(key, nameKey(row.title)) >= OFFER_TWIN)
    .slice(0, SHOWN)
    .map((row) => ({ id: row.offerId, name: row.title, href: `/admin/offers/${row.offerId}` }));
}

/** The relationship of the same kind the other way round (B→A beside A→B). */
export async function reverseRelationshipTwins(
  reader: Reader,
  r: { fromId: string; toId: string; type: string },
): Promise<Twin[]> {
  const found = await reader.relationship.findMany({
    where: { fromId: r.toId, toId: r.fromId, type: r.type as never },
    select: { id: true, from: { select: { name: true } }, to: { select: { name: true } } },
    take: 1,
  });
  return found.map((x) => ({ id: x.id, name: `${x.from.name} → ${x.to.name}`, href: `/admin/relationships/${x.id}` }));
}

/** Refuses the write while twins exist, unless the user confirmed saving anyway. */
export function expectNoTwins(twins: Twin[], saveAnyway: boolean | undefined): void {
  if (twins.length && !saveAnyway) throw new TwinsFound(twins);
}

/** Gives organisations written without the form (seed, older rows) their name keys, a batch at a time. */
export async function fillNameKeys(reader: Pick<Tx, "organization" | "$executeRaw">, batch = 500): Promise<number> {
  const rows = await reader.organization.findMany({
    where: { nameKey: null },
    select: { id: true, name: true },
    take: batch,
  });
  // Plain statements: the query builder's planning cost a millisecond per update, seconds for a
  // region's thousands of organisations written by a script. A derived key is no edit, so the
  // organisation's "updated" time (which HSDS clients sync by) stays as it was.
  for (const row of rows) {
    const keys = organisationNameKeys(row.name);
    await reader.$executeRaw`UPDATE "Organization" SET "nameKey" = ${keys.nameKey}, "nameBlock" = ${keys.nameBlock} WHERE "id" = ${row.id}`;
  }
  return rows.length;
}

/** Likely twins of an existing organisation, for its merge page. */
export async function twinsOfOrganisation(id: string): Promise<Twin[]> {
  const row = await db.organization.findUnique({ where: { id }, select: { name: true } });
  return row ? organisationTwins(db, row.name, id) : [];
}

/**
 * The one organisation whose name folds to the same key as `name` (an institution asking by its
 * own spelling), or null when none or several do: a guess between two would file an inquiry under
 * the wrong partner, which a coordinator then has to notice.
 */
export async function organisationNamed(reader: Pick<Tx, "organization">, name: string): Promise<string | null> {
  const rows = await reader.organization.findMany({
    where: { nameKey: nameKey(name), mergedIntoId: null, status: { not: "archived" } },
    select: { id: true },
    take: 2,
  });
  return rows.length === 1 ? rows[0]!.id : null;
}
