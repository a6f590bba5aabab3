import "server-only";
// Names for the ids an audit page shows: organisations, locations, programmes, categories and
// audiences, districts and people. One query per kind for a page of entries, whatever the size
// of the catalogue; an id that no longer resolves stays out, and the page says the record is gone.
import { db } from "../db/index";
import { loadInChunks } from "../db/chunks";

type Named = { id: string; name: string };

/** A translated name in the back-office language, else German, else any. */
const pick = (rows: Array<{ locale: string; name: string }>, locale: string) =>
  (rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === "de") ?? rows[0])?.name;

export async function recordNames(ids: readonly string[], locale: string): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const texts = { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } as const };
  const load = <T>(query: (chunk: string[]) => Promise<T[]>) => loadInChunks(ids, query);
  const [organisations, locations, programmes, terms, districts, users] = await Promise.all([
    load((chunk) => db.organization.findMany({ where: { id: { in: chunk } }, select: { id: true, name: true } })),
    load((chunk) =>
      db.location.findMany({
        where: { id: { in: chunk } },
        select: { id: true, name: true, street: true, postcode: true, city: true },
      }),
    ),
    load((chunk) =>
      db.programme.findMany({ where: { id: { in: chunk } }, select: { id: true, slug: true, translations: texts } }),
    ),
    load((chunk) =>
      db.taxonomyTerm.findMany({ where: { id: { in: chunk } }, select: { id: true, code: true, translations: texts } }),
    ),
    load((chunk) => db.district.findMany({ where: { id: { in: chunk } }, select: { id: true, name: true } })),
    load((chunk) => db.user.findMany({ where: { id: { in: chunk } }, select: { id: true, name: true } })),
  ]);
  const named: Named[] = [
    ...organisations,
    ...locations.map((l) => ({
      id: l.id,
      name: [l.name, `${l.street}, ${l.postcode} ${l.city}`].filter(Boolean).join(" – "),
    })),
    ...programmes.map((p) => ({ id: p.id, name: pick(p.translations, locale) ?? p.slug })),
    ...terms.map((term) => ({ id: term.id, name: pick(term.translations, locale) ?? term.code })),
    ...districts,
    ...users,
  ];
  return new Map(named.map((n) => [n.id, n.name]));
}
