import "server-only";
// Who takes part in a programme, in which role and where. A participation is only a link between a
// programme and an organisation (at one of its locations), so it may be deleted outright; the audit
// keeps what it said.
import { z } from "zod";
import type { Prisma } from "../../generated/sqlite/client";
import type { ParticipationRole } from "../../generated/sqlite/enums";
import type { Actor } from "../auth/policy";
import { db } from "../db";
import type { DbTransaction as Tx } from "../db/client";
import * as field from "../forms/fields";
import { flattenValues, type FormValues } from "../forms/values";
import { deleteVersioned, updateVersioned } from "../mutation/versioned";
import { AppError, FieldError, mutate, type RecordedAs } from "../mutation/mutate";
import { scheduleRows } from "../schedule/select";
import { formSchedules } from "../schedule/slot";

export const participationRoles = [
  "coordinator",
  "provider",
  "host_site",
  "partner",
  "funder",
] as const satisfies readonly ParticipationRole[];

/** Languages offered as checkboxes; a code already held by a participation is always shown too. */
export const participationLanguages = [
  "de",
  "en",
  "fr",
  "ar",
  "fa",
  "ku",
  "tr",
  "ru",
  "uk",
  "pl",
  "ro",
  "bg",
  "sq",
  "ps",
  "ti",
  "so",
] as const;

const fields = z.object({
  organizationId: field.id(),
  locationId: field.optionalId(),
  role: z.enum(participationRoles, { error: "choose" }),
  groups: field.optionalInt(0, 99),
  since: field.optionalDate(),
  until: field.optionalDate(),
  languages: field.list().pipe(z.array(z.string().regex(/^[a-z]{2,3}$/, "language"))),
  note: field.optionalText(1000),
  schedules: formSchedules(),
});

// Runs even when a date was refused (its text is passed then): only two days are compared.
const untilNotBeforeSince = (p: { since: unknown; until: unknown }) =>
  !(p.since instanceof Date) || !(p.until instanceof Date) || p.since <= p.until;
const dates = { path: ["until"], message: "untilBeforeFrom" };

const createSchema = fields.extend({ programmeId: field.id() }).refine(untilNotBeforeSince, dates);
const updateSchema = fields.extend({ id: field.id(), version: field.version() }).refine(untilNotBeforeSince, dates);
const deleteSchema = z.object({ id: field.id(), version: field.version() });

type ParticipationInput = z.infer<typeof fields>;

const germanName = { where: { locale: "de" }, select: { name: true } } as const;

const editSelect = {
  id: true,
  version: true,
  programmeId: true,
  organizationId: true,
  locationId: true,
  role: true,
  groups: true,
  since: true,
  until: true,
  note: true,
  organization: { select: { name: true } },
  programme: { select: { slug: true, translations: germanName } },
  languages: { orderBy: { code: "asc" }, select: { code: true } },
  schedules: scheduleRows,
} satisfies Prisma.ParticipationSelect;

type EditRecord = Prisma.ParticipationGetPayload<{ select: typeof editSelect }>;

/** A record as its form shows it; also what a conflicting save is compared with. */
function formValuesOf(r: EditRecord): FormValues {
  return flattenValues({
    programmeId: r.programmeId,
    organizationId: r.organizationId,
    locationId: r.locationId,
    role: r.role,
    groups: r.groups,
    since: r.since,
    until: r.until,
    languages: r.languages.map((l) => l.code).sort(),
    note: r.note,
    schedules: r.schedules,
  });
}

const programmeNameOf = (r: EditRecord) => r.programme.translations[0]?.name ?? r.programme.slug;
const summaryOf = (r: EditRecord) => `${r.organization.name} – ${programmeNameOf(r)}`;

/** A programme's participations, ended ones included, by organisation. */
export async function listParticipations(programmeId: string) {
  const rows = await db.participation.findMany({
    where: { programmeId },
    orderBy: [{ organization: { name: "asc" } }, { since: "asc" }],
    select: {
      id: true,
      role: true,
      groups: true,
      since: true,
      until: true,
      organization: { select: { id: true, name: true } },
      location: {
        select: { id: true, name: true, street: true, postcode: true, district: { select: { name: true } } },
      },
      languages: { orderBy: { code: "asc" }, select: { code: true } },
    },
  });
  const now = new Date();
  return rows.map((row) => ({
    ...row,
    languages: row.languages.map((l) => l.code),
    ended: row.until !== null && row.until < now,
  }));
}

export async function participationForEditing(id: string) {
  const record = await db.participation.findUnique({ where: { id }, select: editSelect });
  if (!record) return null;
  return { record: { ...record, programmeName: programmeNameOf(record) }, values: formValuesOf(record) };
}

export const newParticipationValues: FormValues = { role: "host_site" };

/** Every location still in use, labelled with its organisation, to attach to a participation. */
export async function participationLocationChoices() {
  const rows = await db.location.findMany({
    where: { status: { not: "archived" } },
    orderBy: [{ organization: { name: "asc" } }, { street: "asc" }],
    select: { id: true, street: true, postcode: true, organization: { select: { name: true } } },
  });
  return rows.map((l) => ({ id: l.id, label: `${l.organization.name} – ${l.street}, ${l.postcode}` }));
}

async function checkReferences(tx: Tx, data: ParticipationInput) {
  if (!(await tx.organization.findUnique({ where: { id: data.organizationId }, select: { id: true } })))
    throw new FieldError("organizationId", "unknownChoice");
  if (!data.locationId) return;
  const location = await tx.location.findUnique({ where: { id: data.locationId }, select: { organizationId: true } });
  if (!location) throw new FieldError("locationId", "unknownChoice");
  // The place is where the organisation itself runs it; another organisation's address is a mistake.
  if (location.organizationId !== data.organizationId) throw new FieldError("locationId", "foreignLocation");
}

async function writeParts(tx: Tx, participationId: string, data: ParticipationInput) {
  await tx.participationLanguage.deleteMany({ where: { participationId } });
  if (data.languages.length)
    await tx.participationLanguage.createMany({
      data: [...new Set(data.languages)].map((code) => ({ participationId, code })),
    });
  await tx.schedule.deleteMany({ where: { participationId } });
  if (data.schedules.length)
    await tx.schedule.createMany({ data: data.schedules.map((s) => ({ participationId, ...s })) });
}

const scalars = ({ organizationId, locationId, role, groups, since, until, note }: ParticipationInput) => ({
  organizationId,
  locationId,
  role,
  groups,
  since,
  until,
  note,
});

export function createParticipation(input: unknown, actor: Actor) {
  return mutate({
    schema: createSchema,
    action: "participation.manage",
    actor,
    input,
    write: async (tx, data) => {
      if (!(await tx.programme.findUnique({ where: { id: data.programmeId }, select: { id: true } })))
        throw new AppError("NOT_FOUND");
      await checkReferences(tx, data);
      const created = await tx.participation.create({
        data: { programmeId: data.programmeId, ...scalars(data) },
        select: { id: true },
      });
      await writeParts(tx, created.id, data);
      const after = await tx.participation.findUniqueOrThrow({ where: { id: created.id }, select: editSelect });
      return {
        result: { id: created.id, version: after.version, programmeId: data.programmeId },
        audit: {
          action: "create",
          entityType: "Participation",
          entityId: created.id,
          summary: summaryOf(after),
          after: formValuesOf(after),
        },
      };
    },
  });
}

/** Saves a participation, refused when it changed since the form was loaded. */
export function updateParticipation(input: unknown, actor: Actor, recordedAs?: RecordedAs) {
  return mutate({
    recordedAs,
    schema: updateSchema,
    action: "participation.manage",
    actor,
    input,
    write: (tx, data) => {
      const { id, version } = data;
      return updateVersioned({
        entityType: "Participation",
        id,
        version,
        load: () => tx.participation.findUnique({ where: { id }, select: editSelect }),
        update: async () => {
          await checkReferences(tx, data);
          return tx.participation.updateMany({
            where: { id, version },
            data: { ...scalars(data), version: { increment: 1 } },
          });
        },
        parts: () => writeParts(tx, id, data),
        valuesOf: formValuesOf,
        summaryOf,
        result: (after) => ({ id, programmeId: after.programmeId }),
      });
    },
  });
}

/** Removes a participation with its languages and times, refused when it changed meanwhile. */
export function deleteParticipation(input: unknown, actor: Actor) {
  return mutate({
    schema: deleteSchema,
    action: "participation.manage",
    actor,
    input,
    write: (tx, { id, version }) =>
      deleteVersioned({
        entityType: "Participation",
        id,
        version,
        load: () => tx.participation.findUnique({ where: { id }, select: editSelect }),
        remove: () => tx.participation.deleteMany({ where: { id, version } }),
        valuesOf: formValuesOf,
        summaryOf,
        result: (before) => ({ id, programmeId: before.programmeId }),
      }),
  });
}
