import "server-only";
// Locations of an organisation: address, pin and accessibility. The district is never typed in: it
// follows from the pin, so that coverage figures cannot disagree with the map.
import { z } from "zod";
import type { Prisma } from "../../generated/sqlite/client";
import type { Actor } from "../auth/policy";
import { db, dbKind } from "../db";
import type { RecordSnapshot } from "../audit/append";
import { loadInChunks } from "../db/chunks";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import { translations, translationValues } from "../forms/translations";
import { flattenValues, type FormValues } from "../forms/values";
import { updateVersioned } from "../mutation/versioned";
import { locateInAachen } from "../geo/districts";
import { AppError, mutate, type RecordedAs } from "../mutation/mutate";
import { reindexOffers } from "../search/indexer";
import { addressSelect } from "./select";

const coordinate = (min: number, max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(z.number({ error: "number" }).min(min, "range").max(max, "range"));

const schema = z.object({
  name: field.optionalText(200),
  street: field.requiredText(200),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "postcode"),
  city: field.requiredText(100),
  latitude: coordinate(-90, 90),
  longitude: coordinate(-180, 180),
  wheelchairAccessible: z
    .enum(["", "yes", "no"])
    .optional()
    .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
  status: field.recordStatus(),
  translations: translations(z.object({ accessibilityNote: field.optionalText(1000) }), []),
});

const editSelect = {
  id: true,
  version: true,
  organizationId: true,
  ...addressSelect,
  status: true,
  district: { select: { name: true } },
  organization: { select: { name: true } },
  translations: { select: { locale: true, accessibilityNote: true } },
} satisfies Prisma.LocationSelect;

type EditRecord = Prisma.LocationGetPayload<{ select: typeof editSelect }>;

function formValuesOf(r: EditRecord): FormValues {
  return flattenValues({
    name: r.name,
    street: r.street,
    postcode: r.postcode,
    city: r.city,
    latitude: r.latitude,
    longitude: r.longitude,
    wheelchairAccessible: r.wheelchairAccessible === null ? "" : r.wheelchairAccessible ? "yes" : "no",
    status: r.status,
    translations: translationValues(r.translations),
  });
}

export async function locationForEditing(id: string) {
  const record = await db.location.findUnique({ where: { id }, select: editSelect });
  return record ? { record, values: formValuesOf(record) } : null;
}

export const newLocationValues: FormValues = { city: "Aachen", status: "published" };

/** Where the pin lies: the Stadtbezirk and Statistischer Bezirk, or none outside Aachen. */
async function placeOf(tx: Tx, latitude: number, longitude: number) {
  const place = locateInAachen(latitude, longitude);
  if (!place) return { districtId: null, statisticalDistrictId: null };
  const district = await tx.district.findUnique({ where: { code: place.district }, select: { id: true } });
  const statistical = await tx.statisticalDistrict.findUnique({ where: { code: place.code }, select: { code: true } });
  return { districtId: district?.id ?? null, statisticalDistrictId: statistical?.code ?? null };
}

async function writeTranslations(tx: Tx, locationId: string, texts: z.infer<typeof schema>["translations"]) {
  await tx.locationTranslation.deleteMany({ where: { locationId } });
  const rows = Object.entries(texts).flatMap(([locale, t]) =>
    t.accessibilityNote ? [{ locationId, locale, accessibilityNote: t.accessibilityNote }] : [],
  );
  if (rows.length) await tx.locationTranslation.createMany({ data: rows });
}

/** The organisation a location belongs to, for the policy. */
async function ownerOf(id: string) {
  const row = await db.location.findUnique({ where: { id }, select: { organizationId: true } });
  return { organizationId: row?.organizationId ?? null };
}

export function createLocation(input: unknown, actor: Actor) {
  return mutate({
    schema: schema.extend({ organizationId: field.id() }),
    action: "location.create",
    actor,
    input,
    resource: async (data) => ({ organizationId: data.organizationId }),
    write: async (tx, data) => {
      const { translations: texts, ...fields } = data;
      if (!(await tx.organization.findUnique({ where: { id: fields.organizationId }, select: { id: true } })))
        throw new AppError("NOT_FOUND");
      const created = await tx.location.create({
        data: { ...fields, ...(await placeOf(tx, fields.latitude, fields.longitude)) },
        select: { id: true },
      });
      await writeTranslations(tx, created.id, texts);
      const after = await tx.location.findUniqueOrThrow({ where: { id: created.id }, select: editSelect });
      return {
        result: { id: created.id, version: after.version, organizationId: fields.organizationId },
        audit: {
          action: "create",
          entityType: "Location",
          entityId: created.id,
          summary: `${after.street}, ${after.organization.name}`,
          after: formValuesOf(after),
        },
      };
    },
  });
}

export function updateLocation(input: unknown, actor: Actor, recordedAs?: RecordedAs) {
  return mutate({
    recordedAs,
    schema: schema.extend({ id: field.id(), version: field.version() }),
    action: "location.update",
    actor,
    input,
    resource: (data) => ownerOf(data.id),
    write: (tx, data) => {
      const { id, version, translations: texts, ...fields } = data;
      return updateVersioned({
        entityType: "Location",
        id,
        version,
        load: () => tx.location.findUnique({ where: { id }, select: editSelect }),
        update: async () =>
          tx.location.updateMany({
            where: { id, version },
            data: { ...fields, ...(await placeOf(tx, fields.latitude, fields.longitude)), version: { increment: 1 } },
          }),
        parts: () => writeTranslations(tx, id, texts),
        then: async (before, after) => {
          // The search index keeps each offer's public places (near me, district filter, cards).
          const place = (r: EditRecord) => [r.status, r.latitude, r.longitude, r.district?.name].join("|");
          if (place(before) === place(after)) return;
          const offers = await tx.offerLocation.findMany({ where: { locationId: id }, select: { offerId: true } });
          await reindexOffers(
            tx,
            dbKind,
            offers.map((o) => o.offerId),
          );
        },
        valuesOf: formValuesOf,
        summaryOf: (r) => `${r.street}, ${r.organization.name}`,
        result: (after) => ({ id, organizationId: after.organizationId }),
      });
    },
  });
}

/** An editor's locations, or an organisation's, to attach to an offer. */
export async function locationChoices(organizationId: string) {
  return db.location.findMany({
    where: { organizationId, status: { not: "archived" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, street: true, postcode: true },
  });
}

/** Locations as their history records them, by id: for writes that do not come from the form (an import). */
export async function locationSnapshots(
  tx: Pick<Tx, "location">,
  ids: readonly string[],
): Promise<Map<string, RecordSnapshot>> {
  const rows = await loadInChunks(ids, (chunk) =>
    tx.location.findMany({ where: { id: { in: chunk } }, select: editSelect }),
  );
  return new Map(rows.map((r) => [r.id, { summary: `${r.street}, ${r.organization.name}`, values: formValuesOf(r) }]));
}
