import "server-only";
// The kinds of record whose history can be read field by field and restored: each names its page,
// how it loads as its form shows it, and its one save, through which a restore goes like any edit.
import type { Actor } from "../auth/policy";
import type { FormValues } from "../forms/values";
import { locationForEditing, updateLocation } from "../locations/editing";
import type { MutationResult, RecordedAs } from "../mutation/mutate";
import { offerForEditing, updateOffer } from "../offers/editing";
import { organisationForEditing, updateOrganisation } from "../organisations/editing";
import { programmeForEditing, updateProgramme } from "../programmes/editing";
import { participationForEditing, updateParticipation } from "../programmes/participations";
import { relationshipForEditing, updateRelationship } from "../relationships/editing";

export type CurrentRecord = { version: number; values: FormValues; title: string };

export type RecordKind = {
  /** the segment in the history's address: /admin/history/offers/… */
  segment: string;
  entityType: string;
  /** the page where the record is edited */
  editHref: (id: string) => string;
  load: (id: string) => Promise<CurrentRecord | null>;
  save: (input: unknown, actor: Actor, recordedAs: RecordedAs) => Promise<MutationResult<unknown>>;
  /**
   * Fields every whole-record snapshot holds: a form's save and an import write the whole record,
   * a translator's save or a "still correct" only their part, which cannot be restored on its own.
   */
  wholeRecord: readonly string[];
};

const current =
  <R extends { version: number }>(title: (record: R) => string) =>
  (found: { record: R; values: FormValues } | null): CurrentRecord | null =>
    found ? { version: found.record.version, values: found.values, title: title(found.record) } : null;

export const recordKinds: readonly RecordKind[] = [
  {
    segment: "offers",
    entityType: "Offer",
    editHref: (id) => `/admin/offers/${id}`,
    load: async (id) =>
      current<NonNullable<Awaited<ReturnType<typeof offerForEditing>>>["record"]>(
        (r) => r.translations.find((t) => t.locale === "de")?.title ?? r.slug,
      )(await offerForEditing(id)),
    save: updateOffer,
    wholeRecord: ["organizationId", "status"],
  },
  {
    segment: "organisations",
    entityType: "Organization",
    editHref: (id) => `/admin/organisations/${id}`,
    load: async (id) => current<{ version: number; name: string }>((r) => r.name)(await organisationForEditing(id)),
    save: updateOrganisation,
    wholeRecord: ["name", "type"],
  },
  {
    segment: "locations",
    entityType: "Location",
    editHref: (id) => `/admin/locations/${id}`,
    load: async (id) =>
      current<{ version: number; name: string | null; street: string }>((r) => r.name || r.street)(
        await locationForEditing(id),
      ),
    save: updateLocation,
    wholeRecord: ["street", "status"],
  },
  {
    segment: "programmes",
    entityType: "Programme",
    editHref: (id) => `/admin/programmes/${id}`,
    load: async (id) => current<{ version: number; name: string }>((r) => r.name)(await programmeForEditing(id)),
    save: updateProgramme,
    wholeRecord: ["status", "sortOrder"],
  },
  {
    segment: "participations",
    entityType: "Participation",
    editHref: (id) => `/admin/participations/${id}`,
    load: async (id) =>
      current<{ version: number; programmeName: string; organization: { name: string } }>(
        (r) => `${r.organization.name} – ${r.programmeName}`,
      )(await participationForEditing(id)),
    save: updateParticipation,
    wholeRecord: ["programmeId", "role"],
  },
  {
    segment: "relationships",
    entityType: "Relationship",
    editHref: (id) => `/admin/relationships/${id}`,
    load: async (id) =>
      current<{ version: number; from: { name: string }; to: { name: string } }>(
        (r) => `${r.from.name} – ${r.to.name}`,
      )(await relationshipForEditing(id)),
    save: updateRelationship,
    wholeRecord: ["fromId", "toId"],
  },
];

export const kindBySegment = (segment: string) => recordKinds.find((k) => k.segment === segment) ?? null;
export const kindOfEntity = (entityType: string) => recordKinds.find((k) => k.entityType === entityType) ?? null;

/** The address of a record's history, for the kinds that have one. */
export function historyHref(entityType: string, id: string): string | null {
  const kind = kindOfEntity(entityType);
  return kind ? `/admin/history/${kind.segment}/${encodeURIComponent(id)}` : null;
}
