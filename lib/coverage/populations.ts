import "server-only";
// The population of each Stadtbezirk, entered by coordinators from the city's statistics, so that
// coverage can be compared per 1,000 inhabitants. All districts are one form with one save: typing
// several and saving once stores every one of them, or none. Districts have no version column: the
// latest moment any of them was saved (updatedAt, in milliseconds) is the token the form carries to
// detect a concurrent edit of the set.
import { z } from "zod";
import type { AuditInput } from "../audit/append";
import type { Actor } from "../auth/policy";
import { db } from "../db/index";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import { flattenValues, type FormValues } from "../forms/values";
import { districtCodes, type DistrictCode } from "../geo/districts";
import { AppError, mutate } from "../mutation/mutate";
import { expectWritten } from "../mutation/versioned";

const figures = z.object({
  population: field.optionalInt(0, 1_000_000),
  populationYear: field.optionalInt(1900, 2100),
});

const schema = z.object({
  version: field.version(),
  districts: z
    .partialRecord(z.enum(districtCodes as [DistrictCode, ...DistrictCode[]]), figures)
    .optional()
    .transform((v) => v ?? {}),
});

const select = { id: true, code: true, name: true, population: true, populationYear: true, updatedAt: true } as const;

type Row = {
  id: string;
  code: string;
  name: string;
  population: number | null;
  populationYear: number | null;
  updatedAt: Date;
};

const figuresOf = ({ population, populationYear }: Pick<Row, "population" | "populationYear">): FormValues =>
  flattenValues({ population, populationYear });

/** All districts as the form names them: districts.<code>.population. */
const setValuesOf = (rows: Row[]): FormValues =>
  flattenValues({
    districts: Object.fromEntries(
      rows.map((row) => [row.code, { population: row.population, populationYear: row.populationYear }]),
    ),
  });

const tokenOf = (rows: Row[]) => Math.max(0, ...rows.map((row) => row.updatedAt.getTime()));

async function load(reader: Pick<Tx, "district">): Promise<Row[]> {
  const rows = await reader.district.findMany({ select });
  const order = (code: string) => (districtCodes as readonly string[]).indexOf(code);
  return rows.sort((a, b) => order(a.code) - order(b.code));
}

/** Every district in the city's order with its figures, and the form's values and token for the set. */
export async function districtFigures() {
  const rows = await load(db);
  return { districts: rows, values: setValuesOf(rows), version: tokenOf(rows) };
}

/** Saves the figures of every district given, refused when any district was saved by someone else meanwhile. */
export function updateDistrictFigures(input: unknown, actor: Actor) {
  return mutate({
    schema,
    action: "district.update",
    actor,
    input,
    write: async (tx, { version, districts }) => {
      const before = await load(tx);
      const token = tokenOf(before);
      if (token !== version) throw new AppError("CONFLICT", "stale", { version: token, current: setValuesOf(before) });
      // The token must move with every save, even two within the same millisecond.
      const updatedAt = new Date(Math.max(Date.now(), token + 1));
      const audit: Omit<AuditInput, "userId">[] = [];
      for (const row of before) {
        const given = districts[row.code as DistrictCode];
        if (!given || (given.population === row.population && given.populationYear === row.populationYear)) continue;
        expectWritten(
          await tx.district.updateMany({
            where: { id: row.id, updatedAt: row.updatedAt },
            data: { population: given.population, populationYear: given.populationYear, updatedAt },
          }),
        );
        audit.push({
          action: "update",
          entityType: "District",
          entityId: row.id,
          summary: row.name,
          before: figuresOf(row),
          after: figuresOf(given),
        });
      }
      const after = await load(tx);
      return { result: { version: tokenOf(after), values: setValuesOf(after) }, audit };
    },
  });
}
