import "server-only";
// Machine-translates one chunk of records into one language and stores the result through the one
// write path: the provider is asked outside any transaction (a slow provider holds no lock), then
// one transaction re-reads the rows, skips any a person reviewed meanwhile, writes the rest with
// their audit entries, reindexes offers for search and raises the public version, so that cached
// pages show the new texts.
import { z } from "zod";
import type { Actor } from "../../auth/policy";
import { db, dbKind } from "../../db/index";
import { mutate } from "../../mutation/mutate";
import { reindexOffers } from "../../search/indexer";
import { translationState, type TranslatedKind, type TranslationTarget } from "../status";
import type { GlossaryTerm } from "./glossary";
import { ProviderError, type MachineTranslator } from "./provider";
import { entityTypes, loadSources, writeMachineRow, type StoredRow } from "./records";
import { translateRecords, type Texts } from "./translate-texts";

/**
 * Whether a machine may write this language of a record: when it is missing, or outdated and
 * written by a machine. A reviewed text is a person's work: it stays, flagged outdated, unless the
 * setting MT_RETRANSLATE_REVIEWED says an outdated one may be replaced.
 */
export function mayMachineTranslate(row: StoredRow | null, currentHash: string, retranslateReviewed: boolean): boolean {
  const state = translationState(row, currentHash);
  if (state === "missing") return true;
  if (state !== "outdated") return false;
  return row!.status === "machine" || retranslateReviewed;
}

export type ChunkOutcome = { written: number; skipped: number; failed: number; error?: string };

export type MachineContext = {
  translator: MachineTranslator;
  glossary: readonly GlossaryTerm[];
  retranslateReviewed: boolean;
  actor: Actor;
};

export async function loadGlossary(): Promise<GlossaryTerm[]> {
  return db.glossaryEntry.findMany({ select: { source: true, locale: true, target: true } });
}

export async function machineTranslateChunk(
  context: MachineContext,
  kind: TranslatedKind,
  locale: TranslationTarget,
  ids: readonly string[],
): Promise<ChunkOutcome> {
  const wanted = (row: StoredRow | null, hash: string) => mayMachineTranslate(row, hash, context.retranslateReviewed);
  const todo = (await loadSources(kind, locale, ids)).filter((record) => wanted(record.target, record.hash));
  const skipped = ids.length - todo.length;
  if (todo.length === 0) return { written: 0, skipped, failed: 0 };
  const { translated, errors } = await translateEach(context, locale, todo.map((record) => record.german));
  const ready = todo.flatMap((record, i) => (translated[i] ? [{ record, texts: translated[i] }] : []));
  const failed = todo.length - ready.length;
  if (ready.length === 0) return { written: 0, skipped, failed, error: errors[0] };
  const result = await mutate({
    schema: z.object({}),
    action: "translation.machine",
    actor: context.actor,
    input: {},
    resource: async () => ready.map(({ record }) => ({ organizationId: record.organizationId })),
    write: async (tx) => {
      const now = new Date();
      // Read again inside the transaction: a translator may have saved this language meanwhile.
      const current = new Map((await loadSources(kind, locale, ready.map(({ record }) => record.id), tx)).map((r) => [r.id, r]));
      const written = ready.filter(({ record }) => {
        const fresh = current.get(record.id);
        return fresh && wanted(fresh.target, record.hash);
      });
      for (const { record, texts } of written) await writeMachineRow(tx, kind, record.id, locale, texts, record.german, record.hash, now);
      if (kind === "offer" && written.length > 0) await reindexOffers(tx, dbKind, written.map(({ record }) => record.id));
      return {
        result: written.length,
        audit: written.map(({ record, texts }) => ({
          action: "translation.machine",
          entityType: entityTypes[kind],
          entityId: record.id,
          summary: `${locale} – ${context.translator.name}`,
          before: record.target ? { locale, ...record.target.texts } : null,
          after: { locale, ...texts },
        })),
      };
    },
  });
  if (!result.ok) return { written: 0, skipped, failed: todo.length, error: result.formError ?? "invalid" };
  return { written: result.data, skipped: skipped + ready.length - result.data, failed, ...(errors[0] ? { error: errors[0] } : {}) };
}

/**
 * One request for the whole chunk; when the provider refuses it, one request per record, so that a
 * text it cannot handle keeps none of the others from being translated.
 */
async function translateEach(context: MachineContext, locale: TranslationTarget, texts: Texts[]) {
  const errors: string[] = [];
  const attempt = async (batch: Texts[]) => {
    try {
      return await translateRecords(context.translator, context.glossary, locale, batch);
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      errors.push(error.message);
      return null;
    }
  };
  const all = await attempt(texts);
  if (all || texts.length === 1) return { translated: all ?? [null], errors };
  const translated: Array<Texts | null> = [];
  for (const one of texts) translated.push((await attempt([one]))?.[0] ?? null);
  return { translated, errors: errors.slice(1) };
}
