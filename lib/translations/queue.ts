import "server-only";
// One language's queue: the records of one kind whose translation is in one state, 20 to a page.
// The page's rows come from one query that stops after them (records in id order); how many there
// are in all comes from the counts (./progress.ts), so no page reads the whole catalogue twice.
import { Prisma } from "../../generated/sqlite/client";
import { db } from "../db";
import { kindSpecs } from "./kinds";
import { inStateSql } from "./state-sql";
import type { TranslatedKind, TranslationState, TranslationTarget } from "./status";

export const QUEUE_PAGE_SIZE = 20;

export type QueueRow = { id: string; title: string; state: TranslationState };

export async function translationQueue(
  locale: TranslationTarget,
  kind: TranslatedKind,
  state: TranslationState,
  page: number,
): Promise<QueueRow[]> {
  const spec = kindSpecs[kind];
  const texts = Prisma.raw(`"${spec.texts}"`);
  const record = Prisma.raw(`"${spec.record}"`);
  const key = Prisma.raw(`"${spec.key}"`);
  const offset = Math.max(0, page - 1) * QUEUE_PAGE_SIZE;
  const rows = await db.$queryRaw<Array<{ id: string; title: string | null }>>`
    SELECT r."id" AS id, ${Prisma.raw(spec.titleField ? `g."${spec.titleField}"` : `r."name"`)} AS title
    FROM ${texts} g
    JOIN ${record} r ON r."id" = g.${key}
    LEFT JOIN ${texts} t ON t.${key} = g.${key} AND t."locale" = ${locale}
    WHERE g."locale" = 'de' AND r."status" <> 'archived' AND ${inStateSql(state)}
    ORDER BY r."id"
    LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}`;
  return rows.map((row) => ({ id: row.id, title: row.title ?? row.id, state }));
}
