import "server-only";
// How far each language is: per kind of record, how many translations are missing, machine-made,
// reviewed or outdated. Counting reads every translation row once (one grouped query per kind, no
// hashing: the German rows keep their hash), which at 100,000 offers is a fraction of a second; the
// result is kept per version of the public data, which every save of a text raises, so the pages
// count again only after something changed. Archived records are left out: nobody reads them.
import { Prisma } from "../../generated/sqlite/client";
import { db } from "../db";
import { publicVersion } from "../search/version";
import { kindSpecs, translatedKinds, translationTargets } from "./kinds";
import { stateSql } from "./state-sql";
import type { TranslatedKind, TranslationState, TranslationTarget } from "./status";

export type StateCounts = Record<TranslationState, number> & { total: number };
export type LanguageProgress = { locale: TranslationTarget; all: StateCounts; byKind: Record<TranslatedKind, StateCounts> };

const empty = (): StateCounts => ({ missing: 0, machine: 0, reviewed: 0, outdated: 0, total: 0 });

async function countKind(kind: TranslatedKind) {
  const spec = kindSpecs[kind];
  const texts = Prisma.raw(`"${spec.texts}"`);
  const record = Prisma.raw(`"${spec.record}"`);
  const key = Prisma.raw(`"${spec.key}"`);
  const [totals, states] = await Promise.all([
    db.$queryRaw<Array<{ n: number | bigint }>>`
      SELECT COUNT(*) AS n FROM ${texts} g JOIN ${record} r ON r."id" = g.${key}
      WHERE g."locale" = 'de' AND r."status" <> 'archived'`,
    db.$queryRaw<Array<{ locale: string; state: TranslationState; n: number | bigint }>>`
      SELECT t."locale" AS locale, ${stateSql} AS state, COUNT(*) AS n
      FROM ${texts} t
      JOIN ${texts} g ON g.${key} = t.${key} AND g."locale" = 'de'
      JOIN ${record} r ON r."id" = t.${key}
      WHERE t."locale" <> 'de' AND r."status" <> 'archived'
      GROUP BY t."locale", ${stateSql}`,
  ]);
  const total = Number(totals[0]?.n ?? 0);
  const out = new Map<string, StateCounts>();
  for (const locale of translationTargets) out.set(locale, { ...empty(), total, missing: total });
  for (const row of states) {
    const counts = out.get(row.locale);
    if (!counts) continue;
    counts[row.state] += Number(row.n);
    counts.missing -= Number(row.n);
  }
  return out;
}

async function countAll(): Promise<LanguageProgress[]> {
  const perKind = new Map<TranslatedKind, Map<string, StateCounts>>();
  // One after the other: on SQLite they share one connection anyway.
  for (const kind of translatedKinds) perKind.set(kind, await countKind(kind));
  return translationTargets.map((locale) => {
    const byKind = Object.fromEntries(translatedKinds.map((kind) => [kind, perKind.get(kind)!.get(locale)!])) as Record<
      TranslatedKind,
      StateCounts
    >;
    const all = empty();
    for (const counts of Object.values(byKind))
      for (const key of Object.keys(all) as Array<keyof StateCounts>) all[key] += counts[key];
    return { locale, all, byKind };
  });
}

let kept: { version: number; progress: Promise<LanguageProgress[]> } | null = null;

/** Every language's counts, counted at most once per version of the public data in this process. */
export async function translationProgress(): Promise<LanguageProgress[]> {
  const version = await publicVersion();
  if (kept?.version !== version) {
    const progress = countAll();
    kept = { version, progress };
    progress.catch(() => {
      if (kept?.progress === progress) kept = null;
    });
  }
  return kept.progress;
}

/** The share of a language's texts that a person has reviewed and that are current, in percent. */
export function reviewedShare(counts: StateCounts): number {
  return counts.total === 0 ? 100 : Math.floor((counts.reviewed / counts.total) * 100);
}
