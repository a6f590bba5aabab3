// How a record's history names its fields and reads their values: the label each form gives a field
// (the same message keys the forms use) and what kind of value it holds, so that an id shows as a
// name, a weekday number as the day and a status as its word.

/** What a stored value stands for, and so how the history shows it. */
export type ValueKind =
  | "text"
  | "id" // another record: shown by its name
  | "ids"
  | "status"
  | "inquiryStatus"
  | "mergedField" // a contact field a merge took over ("email")
  | "flag" // "true" / "false"
  | "weekday" // 1 = Monday … 7 = Sunday, as the schedule editor offers them
  | "interval" // 1, 2 or 4 weeks
  | "languages"
  | "organisationType"
  | "organisationTypes"
  | "relationshipType"
  | "participationRole"
  | "wheelchair"
  | "camera"; // a saved view's section of the graph: that it was kept, not its coordinates

type FieldSpec = { label: string; kind?: ValueKind };

const contact = (area: string): Record<string, FieldSpec> => ({
  email: { label: `admin.${area}.email` },
  phone: { label: `admin.${area}.phone` },
  website: { label: `admin.${area}.website` },
});

/** A link's dates and note, as participations and relationships both have them. */
const period = (area: string): Record<string, FieldSpec> => ({
  since: { label: `admin.${area}.since` },
  until: { label: `admin.${area}.until` },
  note: { label: `admin.${area}.note` },
});

const status: FieldSpec = { label: "admin.form.status", kind: "status" };

/** Per kind of record: its form's plain fields, its translated texts and its weekly times, if any. */
type RecordFields = { fields: Record<string, FieldSpec>; texts?: Record<string, string>; schedules?: boolean };

const recordFields: Record<string, RecordFields> = {
  Offer: {
    fields: {
      organizationId: { label: "admin.offers.provider", kind: "id" },
      programmeId: { label: "admin.offers.programme", kind: "id" },
      status,
      slug: { label: "admin.offers.slug" },
      free: { label: "admin.offers.free", kind: "flag" },
      registrationRequired: { label: "admin.offers.registrationRequired", kind: "flag" },
      minAge: { label: "admin.offers.minAge" },
      maxAge: { label: "admin.offers.maxAge" },
      validFrom: { label: "admin.offers.validFrom" },
      validUntil: { label: "admin.offers.validUntil" },
      ...contact("offers"),
      // One field for categories and audiences alike: both are taxonomy terms, shown by name.
      terms: { label: "admin.offers.terms", kind: "ids" },
      languages: { label: "admin.offers.languages", kind: "languages" },
      locations: { label: "admin.offers.locations", kind: "ids" },
      lastVerifiedAt: { label: "admin.form.lastVerified" },
    },
    texts: {
      title: "admin.offers.textTitle",
      summary: "admin.offers.summary",
      description: "admin.offers.description",
      eligibility: "admin.offers.eligibility",
      howToJoin: "admin.offers.howToJoin",
      costNote: "admin.offers.costNote",
      easyRead: "admin.offers.easyRead",
    },
    schedules: true,
  },
  Organization: {
    fields: {
      name: { label: "admin.organisations.name" },
      shortName: { label: "admin.organisations.shortName" },
      slug: { label: "admin.organisations.slug" },
      type: { label: "admin.organisations.type", kind: "organisationType" },
      parentId: { label: "admin.organisations.parent", kind: "id" },
      status,
      ...contact("organisations"),
      lastVerifiedAt: { label: "admin.form.lastVerified" },
      // What a merge records on both organisations (lib/organisations/merge.ts).
      mergedInto: { label: "admin.duplicates.merge.audit.mergedInto" },
      merged: { label: "admin.duplicates.merge.audit.merged" },
      offers: { label: "admin.duplicates.merge.offers" },
      locations: { label: "admin.duplicates.merge.locations" },
      participations: { label: "admin.duplicates.merge.participations" },
      relationships: { label: "admin.duplicates.merge.relationships" },
      relationshipsDropped: { label: "admin.duplicates.merge.audit.relationshipsDropped" },
      translations: { label: "admin.duplicates.merge.audit.translations", kind: "languages" },
      fields: { label: "admin.duplicates.merge.audit.fields", kind: "mergedField" },
      inquiries: { label: "admin.duplicates.merge.inquiries" },
    },
    texts: { description: "admin.organisations.description" },
  },
  Location: {
    fields: {
      name: { label: "admin.locations.name" },
      street: { label: "admin.locations.street" },
      postcode: { label: "admin.locations.postcode" },
      city: { label: "admin.locations.city" },
      latitude: { label: "admin.locations.pin.latitude" },
      longitude: { label: "admin.locations.pin.longitude" },
      wheelchairAccessible: { label: "admin.locations.wheelchair", kind: "wheelchair" },
      status,
    },
    texts: { accessibilityNote: "admin.locations.accessibility" },
  },
  Programme: {
    fields: {
      parentId: { label: "admin.programmes.parent", kind: "id" },
      contactOrgId: { label: "admin.programmes.contactOrg", kind: "id" },
      contactEmail: { label: "admin.programmes.contactEmail" },
      contactPhone: { label: "admin.programmes.contactPhone" },
      website: { label: "admin.programmes.website" },
      sortOrder: { label: "admin.programmes.sortOrder" },
      hostTypes: { label: "admin.programmes.hostTypes", kind: "organisationTypes" },
      status,
    },
    texts: {
      name: "admin.programmes.name",
      summary: "admin.programmes.summary",
      description: "admin.programmes.description",
      targetGroup: "admin.programmes.targetGroup",
      howItWorks: "admin.programmes.howItWorks",
      hostInfo: "admin.programmes.hostInfo",
      funding: "admin.programmes.funding",
    },
  },
  Participation: {
    fields: {
      programmeId: { label: "admin.offers.programme", kind: "id" },
      organizationId: { label: "admin.participations.organisation", kind: "id" },
      locationId: { label: "admin.participations.location", kind: "id" },
      role: { label: "admin.participations.role", kind: "participationRole" },
      groups: { label: "admin.participations.groups" },
      languages: { label: "admin.participations.languages", kind: "languages" },
      ...period("participations"),
    },
    schedules: true,
  },
  Relationship: {
    fields: {
      fromId: { label: "admin.relationships.from", kind: "id" },
      toId: { label: "admin.relationships.to", kind: "id" },
      type: { label: "admin.relationships.type", kind: "relationshipType" },
      programmeId: { label: "admin.relationships.programme", kind: "id" },
      ...period("relationships"),
    },
  },
  // An inquiry as it arrived, the back office's status, assignee and organisation, notes and replies.
  Inquiry: {
    fields: {
      institutionName: { label: "admin.inquiries.institution" },
      institutionType: { label: "admin.inquiries.detail.type", kind: "organisationType" },
      district: { label: "admin.inquiries.district", kind: "id" },
      contactName: { label: "admin.audit.inquiryFields.contactName" },
      email: { label: "admin.audit.inquiryFields.email" },
      phone: { label: "admin.audit.inquiryFields.phone" },
      programmes: { label: "admin.inquiries.detail.programmes", kind: "ids" },
      message: { label: "admin.inquiries.detail.message" },
      consent: { label: "admin.audit.inquiryFields.consent", kind: "flag" },
      locale: { label: "admin.inquiries.detail.locale", kind: "languages" },
      status: { label: "admin.inquiries.status", kind: "inquiryStatus" },
      assigneeId: { label: "admin.inquiries.assignee", kind: "id" },
      organizationId: { label: "admin.inquiries.detail.organisation", kind: "id" },
      body: { label: "admin.audit.inquiryFields.note" },
      to: { label: "admin.audit.inquiryFields.to" },
      reply: { label: "admin.audit.inquiryFields.reply" },
    },
  },
  NetworkSavedView: {
    fields: {
      name: { label: "admin.audit.otherFields.name" },
      query: { label: "admin.audit.otherFields.query" },
      camera: { label: "admin.audit.otherFields.camera", kind: "camera" },
      positions: { label: "admin.audit.otherFields.positions" },
      shareUntil: { label: "admin.audit.otherFields.shareUntil" },
    },
  },
  // One round's mail to a partner editor: to whom, which entries, until when its link works.
  FreshnessRequest: {
    fields: {
      to: { label: "admin.audit.inquiryFields.to" },
      entries: { label: "admin.audit.otherFields.entries" },
      expiresAt: { label: "admin.audit.otherFields.expiresAt" },
    },
  },
};

const scheduleFields: Record<string, FieldSpec> = {
  weekday: { label: "admin.form.schedule.weekday", kind: "weekday" },
  opensAt: { label: "admin.form.schedule.opensAt" },
  closesAt: { label: "admin.form.schedule.closesAt" },
  interval: { label: "admin.form.schedule.interval", kind: "interval" },
  note: { label: "admin.form.schedule.note" },
};

/** A field of a record's snapshot as the history names it; parts the label is made of. */
export type FieldName = {
  /** message key of the field's label, or null for a field no form shows (shown by its name) */
  label: string | null;
  kind: ValueKind;
  /** the language of a translated text ("translations.ar.title" → "ar") */
  locale?: string;
  /** the weekly time a field belongs to, counted from 1 as the form's rows are ("Termin 1") */
  row?: number;
};

/** Names a flat form field ("schedules.0.weekday", "translations.ar.title", "terms") of a kind of record. */
export function fieldName(entityType: string, field: string): FieldName {
  const spec = Object.hasOwn(recordFields, entityType) ? recordFields[entityType] : undefined;
  const translated = field.match(/^translations\.([a-z]{2})\.(\w+)$/);
  if (translated && spec?.texts && Object.hasOwn(spec.texts, translated[2]!))
    return { label: spec.texts[translated[2]!]!, kind: "text", locale: translated[1] };
  const scheduled = field.match(/^schedules\.(\d+)\.(\w+)$/);
  if (scheduled && spec?.schedules && Object.hasOwn(scheduleFields, scheduled[2]!)) {
    const { label, kind = "text" } = scheduleFields[scheduled[2]!]!;
    return { label, kind, row: Number(scheduled[1]) + 1 };
  }
  // A machine translation records one language's texts as { locale, title, … }.
  if (spec?.texts && Object.hasOwn(spec.texts, field)) return { label: spec.texts[field]!, kind: "text" };
  if (spec?.texts && field === "locale") return { label: "admin.history.language", kind: "languages" };
  if (spec && Object.hasOwn(spec.fields, field)) {
    const { label, kind = "text" } = spec.fields[field]!;
    return { label, kind };
  }
  return { label: null, kind: "text" };
}

/** Whether the history knows how to show and restore this kind of record. */
export function hasNamedFields(entityType: string): boolean {
  return Object.hasOwn(recordFields, entityType);
}
