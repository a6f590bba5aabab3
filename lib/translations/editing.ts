import "server-only";
// Saving one translation of one record, and confirming a machine-made or outdated one as it is.
// Both go through the one write path: the policy is asked about the record's owner and the
// language (from the database and the account, never from the form), the record's version guards
// against saving over someone else's change, and the history keeps the texts before and after.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { dbKind, db } from "../db";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import { flattenValues } from "../forms/values";
import { AppError, mutate } from "../mutation/mutate";
import { expectVersion, expectWritten } from "../mutation/versioned";
import { reindexOffers } from "../search/indexer";
import { kindSpecs, translatedKinds, translationTargets } from "./kinds";
import { loadTexts, textsOf, titleOf, type StoredTexts } from "./record";
import { reviewedFrom, type TranslationMeta } from "./stamp";
import { sourceHash, translatedFields, type TranslatedKind } from "./status";

const target = z.object({
  kind: z.enum(translatedKinds as [TranslatedKind, ...TranslatedKind[]], { error: "choose" }),
  id: field.id(),
  locale: z.enum(translationTargets as [string, ...string[]], { error: "choose" }),
  version: field.version(),
});

const saveSchema = target
  .extend({ texts: z.record(z.string(), z.string()).optional().transform((v) => v ?? {}) })
  .superRefine((data, ctx) => {
    const spec = kindSpecs[data.kind];
    for (const name of translatedFields[data.kind]) {
      const value = (data.texts[name] ?? "").trim();
      if (!value && spec.required.includes(name)) ctx.addIssue({ code: "custom", path: ["texts", name], message: "required" });
      if (value.length > (spec.limits[name] ?? 2000)) ctx.addIssue({ code: "custom", path: ["texts", name], message: "tooLong" });
    }
  })
  .transform((data) => ({
    ...data,
    texts: Object.fromEntries(translatedFields[data.kind].map((name) => [name, (data.texts[name] ?? "").trim() || null])),
  }));

type Target = z.infer<typeof target>;

/** The policy decides on the record's owner as stored and the language asked for. */
async function resourceOf(data: Target) {
  const stored = await loadTexts(db, data.kind, data.id, data.locale);
  return { organizationId: stored?.organizationId ?? null, locale: data.locale, translationOf: data.kind };
}

const formValuesOf = (kind: TranslatedKind, stored: StoredTexts, locale: string) =>
  flattenValues({ texts: textsOf(kind, stored.rows.find((r) => r.locale === locale)) });

const historyOf = (kind: TranslatedKind, row: Record<string, unknown> | undefined, locale: string) =>
  row ? flattenValues({ translations: { [locale]: { ...textsOf(kind, row), status: row.status } } }) : undefined;

async function loadCurrent(tx: Tx, data: Target) {
  const stored = expectVersion(await loadTexts(tx, data.kind, data.id, data.locale), data.version, (s) =>
    formValuesOf(data.kind, s, data.locale),
  );
  const germanRow = stored.rows.find((r) => r.locale === "de");
  // Without German text there is nothing to translate from.
  if (!germanRow || stored.status === "archived") throw new AppError("NOT_FOUND");
  return { stored, german: textsOf(data.kind, germanRow), before: stored.rows.find((r) => r.locale === data.locale) };
}

async function writeRow(tx: Tx, kind: TranslatedKind, id: string, locale: string, texts: Record<string, string | null>, meta: TranslationMeta) {
  const row = { ...texts, ...meta };
  switch (kind) {
    case "offer": {
      const data = { ...row, title: texts.title!, summary: texts.summary! };
      await tx.offerTranslation.upsert({ where: { offerId_locale: { offerId: id, locale } }, create: { offerId: id, locale, ...data }, update: data });
      return;
    }
    case "organisation": {
      const data = { ...meta, description: texts.description! };
      await tx.organizationTranslation.upsert({
        where: { organizationId_locale: { organizationId: id, locale } },
        create: { organizationId: id, locale, ...data },
        update: data,
      });
      return;
    }
    case "programme": {
      const data = { ...row, name: texts.name!, summary: texts.summary!, description: texts.description!, targetGroup: texts.targetGroup! };
      await tx.programmeTranslation.upsert({
        where: { programmeId_locale: { programmeId: id, locale } },
        create: { programmeId: id, locale, ...data },
        update: data,
      });
      return;
    }
  }
}

/** The record's version goes up, so that a form opened on the record before cannot save over the new text. */
async function bumpVersion(tx: Tx, kind: TranslatedKind, id: string, version: number) {
  const where = { id, version };
  const data = { version: { increment: 1 } };
  const written =
    kind === "offer"
      ? await tx.offer.updateMany({ where, data })
      : kind === "organisation"
        ? await tx.organization.updateMany({ where, data })
        : await tx.programme.updateMany({ where, data });
  expectWritten(written);
}

async function answer(tx: Tx, data: Target, action: string, before: Record<string, unknown> | undefined) {
  const after = (await loadTexts(tx, data.kind, data.id, data.locale))!;
  const row = after.rows.find((r) => r.locale === data.locale);
  // Search documents hold every language of an offer's texts.
  if (data.kind === "offer") await reindexOffers(tx, dbKind, [data.id]);
  return {
    result: { id: data.id, version: after.version, values: formValuesOf(data.kind, after, data.locale) },
    audit: {
      action,
      entityType: kindSpecs[data.kind].entityType,
      entityId: data.id,
      summary: `${titleOf(data.kind, after, textsOf(data.kind, after.rows.find((r) => r.locale === "de")))} (${data.locale})`,
      before: historyOf(data.kind, before, data.locale),
      after: historyOf(data.kind, row, data.locale),
    },
  };
}

/** Saves the texts of one language as a person's translation of the German as it is now. */
export function saveTranslation(input: unknown, actor: Actor) {
  return mutate({
    schema: saveSchema,
    action: "translation.update",
    actor,
    input,
    resource: resourceOf,
    write: async (tx, data) => {
      const { german, before } = await loadCurrent(tx, data);
      await bumpVersion(tx, data.kind, data.id, data.version);
      await writeRow(tx, data.kind, data.id, data.locale, data.texts, reviewedFrom(data.kind, german));
      return answer(tx, data, "translate", before);
    },
  });
}

/** A person read a machine-made or outdated translation and confirms it for the German as it is now. */
export function markTranslationReviewed(input: unknown, actor: Actor) {
  return mutate({
    schema: target,
    action: "translation.update",
    actor,
    input,
    resource: resourceOf,
    write: async (tx, data) => {
      const { german, before } = await loadCurrent(tx, data);
      if (!before) throw new AppError("NOT_FOUND");
      const meta = { status: "reviewed" as const, sourceHash: sourceHash(data.kind, german), translatedAt: new Date() };
      const texts = Object.fromEntries(Object.entries(textsOf(data.kind, before)).map(([name, value]) => [name, value || null]));
      await writeRow(tx, data.kind, data.id, data.locale, texts, meta);
      return answer(tx, data, "review", before);
    },
  });
}
