import "server-only";
// Importing an agency's file for one language: the dry run reports per record what would change;
// the import plans again inside its transaction (the database may have changed since) and writes
// everything or, if any record is refused, nothing. It goes through the one write path, with an
// audit entry per record; German rows are never written (TranslationTarget excludes German).
import { z } from "zod";
import type { Actor, Resource } from "../../auth/policy";
import { can } from "../../auth/policy";
import { db, dbKind } from "../../db/index";
import { mutate } from "../../mutation/mutate";
import { reindexOffers } from "../../search/indexer";
import type { TranslationTarget } from "../status";
import { readExchangeCsv } from "./csv";
import { planExchange, type ExchangeCounts, type ExchangePlan, type ExchangeRow } from "./plan";
import { writeTranslation } from "./records";
import { targetLocale } from "./request";
import type { ExchangeFormat, ReadFile, Reason } from "./units";
import { readXliff } from "./xliff";

// The same limit as the data import: nginx and next.config.js already let such a body through.
import { MAX_IMPORT_BYTES } from "../../hsds/import/limits";

export type ExchangeFile = { name: string; text: string };

export type ExchangeReport = {
  fileName: string;
  format: ExchangeFormat;
  locale: TranslationTarget;
  fileErrors: Reason[];
  counts: ExchangeCounts;
  /** the records refused, then those that change; at most REPORT_ROWS */
  rows: ExchangeRow[];
  applied: boolean;
};

/** Shaped like a MutationResult, so that forms and tests read it the same way. */
export type ExchangeOutcome =
  | { ok: true; data: ExchangeReport }
  | { ok: false; fieldErrors: Record<string, string[]>; formError: string; report?: ExchangeReport };

const refused = (formError: string, report?: ExchangeReport): ExchangeOutcome => ({
  ok: false,
  fieldErrors: {},
  formError,
  ...(report ? { report } : {}),
});

const REPORT_ROWS = 200;
const IMPORT_TIMEOUT_MS = 60_000;

const fileSchema = z.object({
  name: z.string().trim().max(255).catch("translations"),
  text: z.string().max(MAX_IMPORT_BYTES, "tooLarge"),
  locale: targetLocale,
});

/** XLIFF when the file starts like XML, else CSV. */
export const formatOf = (text: string): ExchangeFormat => (/^\s*</.test(text) ? "xliff" : "csv");

export function readExchangeFile(text: string): ReadFile {
  return formatOf(text) === "xliff" ? readXliff(text) : readExchangeCsv(text);
}

const order: Record<ExchangeRow["action"], number> = { reject: 0, create: 1, update: 1, skip: 2, unchanged: 3 };

function reportOf(
  file: ExchangeFile,
  format: ExchangeFormat,
  locale: TranslationTarget,
  plan: ExchangePlan,
  applied: boolean,
): ExchangeReport {
  // Records the file leaves as they are are counted, not listed: an export of a whole language
  // comes back with thousands of them around the few that change.
  const rows = plan.rows
    .filter((row) => row.action === "reject" || row.action === "create" || row.action === "update")
    .sort((a, b) => order[a.action] - order[b.action])
    .slice(0, REPORT_ROWS);
  return { fileName: file.name, format, locale, fileErrors: plan.fileErrors, counts: plan.counts, rows, applied };
}

// The locale travels with the resource, so that a rule for translators can read it.
export const exchangeResource = (locale: TranslationTarget): Resource => ({ organizationId: null, ...{ locale } });

type Checked = { refused: string } | { data: z.infer<typeof fileSchema> };

function checked(file: ExchangeFile, locale: string, actor: Actor): Checked {
  const parsed = fileSchema.safeParse({ ...file, locale });
  if (!parsed.success)
    return { refused: parsed.error.issues.some((i) => i.message === "tooLarge") ? "tooLarge" : "invalid" };
  if (!can(actor, "translation.exchange", exchangeResource(parsed.data.locale))) return { refused: "forbidden" };
  return { data: parsed.data };
}

/** The dry run: reads the file and reports what an import would do, writing nothing. */
export async function checkExchange(file: ExchangeFile, locale: string, actor: Actor): Promise<ExchangeOutcome> {
  const input = checked(file, locale, actor);
  if ("refused" in input) return refused(input.refused);
  const read = readExchangeFile(input.data.text);
  const plan = await planExchange(db, read, input.data.locale);
  return { ok: true, data: reportOf(input.data, read.format, input.data.locale, plan, false) };
}

class NotWritten extends Error {
  constructor(readonly outcome: ExchangeOutcome) {
    super("not written");
  }
}

const kindEntity = { offer: "Offer", organisation: "Organization", programme: "Programme" } as const;

/** The import: all records or none, with an audit entry per record and one for the file. */
export async function applyExchange(file: ExchangeFile, locale: string, actor: Actor): Promise<ExchangeOutcome> {
  const input = checked(file, locale, actor);
  if ("refused" in input) return refused(input.refused);
  const read = readExchangeFile(input.data.text);
  try {
    const result = await mutate({
      schema: fileSchema,
      action: "translation.exchange",
      actor,
      input: input.data,
      resource: async (data) => exchangeResource(data.locale),
      timeout: IMPORT_TIMEOUT_MS,
      write: async (tx, data) => {
        const plan = await planExchange(tx, read, data.locale);
        if (plan.fileErrors.length || plan.counts.reject)
          throw new NotWritten(refused("rejected", reportOf(data, read.format, data.locale, plan, false)));
        if (plan.writes.length === 0)
          throw new NotWritten({ ok: true, data: reportOf(data, read.format, data.locale, plan, false) });
        for (const write of plan.writes) await writeTranslation(tx, data.locale, write);
        // Translated titles and summaries are searched and shown on result cards.
        await reindexOffers(
          tx,
          dbKind,
          plan.writes.filter((w) => w.kind === "offer").map((w) => w.id),
        );
        const language = { locale: data.locale };
        return {
          result: reportOf(data, read.format, data.locale, plan, true),
          audit: [
            ...plan.writes.map((write) => ({
              action: write.before ? "importUpdate" : "importCreate",
              entityType: kindEntity[write.kind],
              entityId: write.id,
              summary: `${write.label} (${data.locale})`,
              before: write.before ? { ...language, ...write.before.texts, status: write.before.status } : undefined,
              after: { ...language, ...write.texts, status: "reviewed" },
            })),
            {
              action: "import",
              entityType: "Import",
              entityId: crypto.randomUUID(),
              summary: `${data.name} (${data.locale})`,
              after: {
                file: data.name,
                format: read.format,
                ...language,
                created: plan.counts.create,
                updated: plan.counts.update,
              },
            },
          ],
        };
      },
    });
    return result.ok ? result : refused(result.formError ?? "invalid");
  } catch (error) {
    if (error instanceof NotWritten) return error.outcome;
    throw error;
  }
}
