// Reference data every installation needs: districts, the base taxonomy and the state programmes.
// Idempotent: running it again updates texts and adds what is missing, never duplicates.
import { withMeta } from "./translated";
import type { DbTransaction as Tx } from "../../lib/db/client";
import { districts, statisticalDistricts } from "../../lib/geo/districts";
import { locales } from "../../lib/i18n/locales";
import { glossary } from "../reference/glossary";
import { programmes } from "../reference/programmes";
import { synonyms } from "../reference/synonyms";
import { audiences, categories, type ReferenceTerm } from "../reference/taxonomy";

export async function seedReference(tx: Tx): Promise<void> {
  for (const district of districts) {
    const row = await tx.district.upsert({
      where: { code: district.code },
      create: { code: district.code, name: district.name },
      update: { name: district.name },
    });
    for (const s of statisticalDistricts.filter((sd) => sd.district === district.code)) {
      await tx.statisticalDistrict.upsert({
        where: { code: s.code },
        create: { code: s.code, name: s.name, districtId: row.id },
        update: { name: s.name, districtId: row.id },
      });
    }
  }

  const terms: Array<["category" | "audience", ReferenceTerm<string>[]]> = [
    ["category", categories],
    ["audience", audiences],
  ];
  for (const [taxonomy, list] of terms) {
    for (const [index, term] of list.entries()) {
      const row = await tx.taxonomyTerm.upsert({
        where: { taxonomy_code: { taxonomy, code: term.code } },
        create: { taxonomy, code: term.code, icon: term.icon, sortOrder: index },
        update: { icon: term.icon, sortOrder: index },
      });
      for (const locale of locales) {
        const name = term.name[locale];
        await tx.taxonomyTermTranslation.upsert({
          where: { termId_locale: { termId: row.id, locale } },
          create: { termId: row.id, locale, name },
          update: { name },
        });
      }
    }
  }
  await seedGlossary(tx);
  await seedSynonyms(tx);
}

/** The starting glossary; an entry a coordinator changed or deleted is not brought back to life. */
async function seedGlossary(tx: Tx): Promise<void> {
  if ((await tx.glossaryEntry.count()) > 0) return;
  await tx.glossaryEntry.createMany({
    data: glossary.map((entry) => ({ ...entry, target: entry.target ?? entry.source, note: entry.note ?? null })),
  });
}

/**
 * Gives a term the reference synonyms while it has none: once coordinators keep a term's list,
 * seeding again neither brings back what they deleted nor duplicates what they kept.
 */
async function seedSynonyms(tx: Tx): Promise<void> {
  for (const { taxonomy, code, words } of synonyms) {
    const term = await tx.taxonomyTerm.findUnique({
      where: { taxonomy_code: { taxonomy, code } },
      select: { id: true },
    });
    if (!term || (await tx.searchSynonym.count({ where: { termId: term.id } })) > 0) continue;
    // A word shared by two languages (квартира) is one synonym without a language.
    const all = Object.values(words).flat();
    const seen = new Set<string>();
    for (const [locale, list] of Object.entries(words)) {
      for (const word of list ?? []) {
        if (seen.has(word)) continue;
        seen.add(word);
        const shared = all.filter((w) => w === word).length > 1;
        await tx.searchSynonym.create({ data: { termId: term.id, word, locale: shared ? null : locale } });
      }
    }
  }
}

/** Programmes name their KI contact organisation, so they are seeded once organisations exist. */
export async function seedProgrammes(tx: Tx): Promise<void> {
  for (const [index, programme] of programmes.entries()) {
    const contactOrg = await tx.organization.findUnique({
      where: { slug: programme.contactOrganisation },
      select: { id: true },
    });
    const parent = programme.parent
      ? await tx.programme.findUniqueOrThrow({ where: { slug: programme.parent } })
      : null;
    const data = {
      parentId: parent?.id ?? null,
      contactOrgId: contactOrg?.id ?? null,
      contactEmail: programme.contactEmail,
      contactPhone: programme.contactPhone,
      sortOrder: index,
    };
    const row = await tx.programme.upsert({
      where: { slug: programme.slug },
      create: { slug: programme.slug, ...data },
      update: data,
    });
    for (const { locale, ...text } of withMeta("programme", programme.text)) {
      await tx.programmeTranslation.upsert({
        where: { programmeId_locale: { programmeId: row.id, locale } },
        create: { programmeId: row.id, locale, ...text },
        update: text,
      });
    }
    await tx.programmeHostType.deleteMany({ where: { programmeId: row.id } });
    await tx.programmeHostType.createMany({ data: programme.hostTypes.map((type) => ({ programmeId: row.id, type })) });
  }
}
