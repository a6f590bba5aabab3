import "server-only";
// State programmes in the back office. They come with the installation and are never created or
// deleted here: coordinators keep their texts, contact and hierarchy current, and archiving one
// takes it off the public site.
import { z } from "zod";
import type { Prisma } from "../../generated/sqlite/client";
import type { Actor } from "../auth/policy";
import { db } from "../db";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import { translations, translationValues } from "../forms/translations";
import {
  SHOWN_TEXTS_FIELD,
  stampTranslations,
  textsSelect,
  translationMetaSelect,
  withUnshownTranslations,
} from "../translations/stamp";
import { flattenValues, type FormValues } from "../forms/values";
import { updateVersioned } from "../mutation/versioned";
import { FieldError, mutate, type RecordedAs } from "../mutation/mutate";
import { organisationTypes } from "../organisations/types";
import { translateAfterSave } from "../translations/jobs/after-save";

const texts = z.object({
  name: field.optionalText(200),
  summary: field.optionalText(500),
  description: field.optionalText(10000),
  targetGroup: field.optionalText(2000),
  howItWorks: field.optionalText(5000),
  hostInfo: field.optionalText(5000),
  funding: field.optionalText(2000),
});

const schema = z.object({
  id: field.id(),
  version: field.version(),
  parentId: field.optionalId(),
  contactOrgId: field.optionalId(),
  contactEmail: field.optionalEmail(),
  contactPhone: field.optionalPhone(),
  website: field.optionalUrl(),
  sortOrder: field.optionalInt(-9999, 9999).transform((v) => v ?? 0),
  status: field.recordStatus(),
  hostTypes: field.list().pipe(z.array(z.enum(organisationTypes, { error: "unknownChoice" }))),
  translations: translations(texts, ["name", "summary", "description", "targetGroup"]),
  [SHOWN_TEXTS_FIELD]: z.string().max(100).optional(),
});

type ProgrammeInput = z.infer<typeof schema>;

const editSelect = {
  id: true,
  version: true,
  slug: true,
  parentId: true,
  contactOrgId: true,
  contactEmail: true,
  contactPhone: true,
  website: true,
  sortOrder: true,
  status: true,
  hostTypes: { orderBy: { type: "asc" }, select: { type: true } },
  translations: {
    select: {
      locale: true,
      name: true,
      summary: true,
      description: true,
      targetGroup: true,
      howItWorks: true,
      hostInfo: true,
      funding: true,
    },
  },
} satisfies Prisma.ProgrammeSelect;

type EditRecord = Prisma.ProgrammeGetPayload<{ select: typeof editSelect }>;

/** A record as its form shows it; also what a conflicting save is compared with. */
function formValuesOf(r: EditRecord): FormValues {
  return flattenValues({
    parentId: r.parentId,
    contactOrgId: r.contactOrgId,
    contactEmail: r.contactEmail,
    contactPhone: r.contactPhone,
    website: r.website,
    sortOrder: r.sortOrder,
    status: r.status,
    // Sorted as text: PostgreSQL orders enums by declaration, SQLite by name.
    hostTypes: r.hostTypes.map((h) => h.type).sort(),
    translations: translationValues(r.translations),
  });
}

// Lists and choices show a programme by its German name.
const germanTranslation = { where: { locale: "de" }, select: { locale: true, name: true } } as const;

const germanName = (r: { slug: string; translations: Array<{ locale: string; name: string }> }) =>
  r.translations.find((t) => t.locale === "de")?.name ?? r.slug;

// A participation counts as current until its end date has passed, as on the public pages.
const current = () =>
  ({ OR: [{ until: null }, { until: { gte: new Date() } }] }) satisfies Prisma.ParticipationWhereInput;

/** Every programme, archived ones included, in the order the public site lists them. */
export async function listProgrammesForAdmin() {
  const rows = await db.programme.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      status: true,
      sortOrder: true,
      translations: germanTranslation,
      parent: { select: { id: true, slug: true, translations: germanTranslation } },
      _count: { select: { participations: { where: current() } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: germanName(row),
    status: row.status,
    sortOrder: row.sortOrder,
    parent: row.parent ? { id: row.parent.id, name: germanName(row.parent) } : null,
    currentParticipations: row._count.participations,
  }));
}

export async function programmeForEditing(id: string) {
  const record = await db.programme.findUnique({ where: { id }, select: editSelect });
  if (!record) return null;
  return { record: { ...record, name: germanName(record) }, values: formValuesOf(record) };
}

/** Programmes to choose from, by German name. */
export async function programmeChoices() {
  const rows = await db.programme.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, status: true, translations: germanTranslation },
  });
  return rows.map((row) => ({ id: row.id, name: germanName(row), status: row.status }));
}

export async function programmeName(id: string): Promise<string | null> {
  const row = await db.programme.findUnique({ where: { id }, select: { slug: true, translations: germanTranslation } });
  return row ? germanName(row) : null;
}

async function checkReferences(tx: Tx, id: string, data: ProgrammeInput) {
  if (
    data.contactOrgId &&
    !(await tx.organization.findUnique({ where: { id: data.contactOrgId }, select: { id: true } }))
  )
    throw new FieldError("contactOrgId", "unknownChoice");
  // Walk up from the chosen parent: meeting the programme itself would make a loop.
  let cursor = data.parentId;
  for (let depth = 0; cursor && depth < 20; depth++) {
    if (cursor === id) throw new FieldError("parentId", "programmeLoop");
    const row: { parentId: string | null } | null = await tx.programme.findUnique({
      where: { id: cursor },
      select: { parentId: true },
    });
    if (!row) throw new FieldError("parentId", "unknownChoice");
    cursor = row.parentId;
  }
}

async function writeParts(tx: Tx, programmeId: string, data: ProgrammeInput) {
  const stored = await tx.programmeTranslation.findMany({
    where: { programmeId },
    select: { locale: true, ...textsSelect("programme"), ...translationMetaSelect },
  });
  const texts = withUnshownTranslations("programme", data.translations, stored, data[SHOWN_TEXTS_FIELD]);
  const meta = stampTranslations("programme", texts, stored);
  await tx.programmeTranslation.deleteMany({
    where: { programmeId, locale: { notIn: Object.keys(texts) } },
  });
  for (const [locale, t] of Object.entries(texts)) {
    const row = {
      ...t,
      name: t.name!,
      summary: t.summary!,
      description: t.description!,
      targetGroup: t.targetGroup!,
      ...meta[locale],
    };
    await tx.programmeTranslation.upsert({
      where: { programmeId_locale: { programmeId, locale } },
      create: { programmeId, locale, ...row },
      update: row,
    });
  }
  await tx.programmeHostType.deleteMany({ where: { programmeId } });
  if (data.hostTypes.length)
    await tx.programmeHostType.createMany({
      data: [...new Set(data.hostTypes)].map((type) => ({ programmeId, type })),
    });
}

/** Saves a programme, refused when it changed since the form was loaded. */
export function updateProgramme(input: unknown, actor: Actor, recordedAs?: RecordedAs) {
  return mutate({
    recordedAs,
    schema,
    action: "programme.update",
    actor,
    input,
    write: (tx, data) => {
      const { id, version, parentId, contactOrgId, contactEmail, contactPhone, website, sortOrder, status } = data;
      const fields = { parentId, contactOrgId, contactEmail, contactPhone, website, sortOrder, status };
      return updateVersioned({
        entityType: "Programme",
        id,
        version,
        load: () => tx.programme.findUnique({ where: { id }, select: editSelect }),
        update: async () => {
          await checkReferences(tx, id, data);
          return tx.programme.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
        },
        parts: () => writeParts(tx, id, data),
        valuesOf: formValuesOf,
        summaryOf: (r) => germanName(r) ?? "",
        result: () => ({ id }),
      });
    },
  }).then(translateAfterSave("programme", actor));
}
