import "server-only";
// The population of each Stadtbezirk, entered by coordinators from the city's statistics, so that
// coverage can be compared per 1,000 inhabitants. Districts have no version column: the moment of
// the last save (updatedAt, in milliseconds) is the token a form carries to detect a concurrent edit.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db/index";
import * as field from "../forms/fields";
import { flattenValues, type FormValues } from "../forms/values";
import { districtCodes } from "../geo/districts";
import { AppError, mutate } from "../mutation/mutate";

const schema = z.object({
  id: field.id(),
  version: field.version(),
  population: field.optionalInt(0, 1_000_000),
  populationYear: field.optionalInt(1900, 2100),
});

const select = { id: true, code: true, name: true, population: true, populationYear: true, updatedAt: true } as const;

type Row = { population: number | null; populationYear: number | null };

/** A district's figures as its form shows them; also what a conflicting save is compared with. */
const formValuesOf = ({ population, populationYear }: Row): FormValues => flattenValues({ population, populationYear });

/** Every district in the city's order, with its figures, the values for its form and its token. */
export async function districtFigures() {
  const rows = await db.district.findMany({ select });
  const order = (code: string) => (districtCodes as readonly string[]).indexOf(code);
  return rows
    .sort((a, b) => order(a.code) - order(b.code))
    .map((row) => ({ ...row, version: row.updatedAt.getTime(), values: formValuesOf(row) }));
}

/** Saves one district's population and its year, refused when it was saved by someone else meanwhile. */
export function updateDistrictFigures(input: unknown, actor: Actor) {
  return mutate({
    schema,
    action: "district.update",
    actor,
    input,
    write: async (tx, { id, version, population, populationYear }) => {
      const before = await tx.district.findUnique({ where: { id }, select });
      if (!before) throw new AppError("NOT_FOUND");
      const token = before.updatedAt.getTime();
      if (token !== version) throw new AppError("CONFLICT", "stale", { version: token, current: formValuesOf(before) });
      // The token must move with every save, even two within the same millisecond.
      const updatedAt = new Date(Math.max(Date.now(), token + 1));
      const changed = await tx.district.updateMany({
        where: { id, updatedAt: before.updatedAt },
        data: { population, populationYear, updatedAt },
      });
      if (changed.count === 0) throw new AppError("CONFLICT");
      const after = await tx.district.findUniqueOrThrow({ where: { id }, select });
      return {
        result: { id, code: after.code, version: after.updatedAt.getTime() },
        audit: {
          action: "update",
          entityType: "District",
          entityId: id,
          summary: after.name,
          before: formValuesOf(before),
          after: formValuesOf(after),
        },
      };
    },
  });
}
