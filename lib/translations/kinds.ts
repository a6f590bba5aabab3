// The kinds of record a translator works on, as the translation pages and queries need them: where
// their texts live, which texts a translation must have, and what the record is called in the
// history. The fields themselves are defined once, in ./status.ts.
import { locales } from "../i18n/locales";
import { offerTextLimits } from "../offers/schema";
import { translatedFields, type TranslatedKind, type TranslationTarget } from "./status";

export const translatedKinds = Object.keys(translatedFields) as TranslatedKind[];

export function isTranslatedKind(value: unknown): value is TranslatedKind {
  return typeof value === "string" && (translatedKinds as string[]).includes(value);
}

export const translationTargets = locales.filter((l) => l !== "de") as TranslationTarget[];

export function isTranslationTarget(value: unknown): value is TranslationTarget {
  return typeof value === "string" && (translationTargets as string[]).includes(value);
}

type KindSpec = {
  /** tables, quoted as SQL names */
  record: string;
  texts: string;
  /** the text table's column that points at the record */
  key: string;
  /** the German text that names the record in lists; none: the record's own (untranslated) name */
  titleField: string | null;
  /** the texts a translation cannot do without (its columns are required) */
  required: readonly string[];
  /** the longest text each field takes, as the record's own editor allows */
  limits: Readonly<Record<string, number>>;
  /** entityType in the audit log */
  entityType: string;
  /** the record's own editor in the back office */
  editor: (id: string) => string;
};

export const kindSpecs: Record<TranslatedKind, KindSpec> = {
  offer: {
    record: "Offer",
    texts: "OfferTranslation",
    key: "offerId",
    titleField: "title",
    required: ["title", "summary"],
    limits: offerTextLimits,
    entityType: "Offer",
    editor: (id) => `/admin/offers/${id}`,
  },
  organisation: {
    record: "Organization",
    texts: "OrganizationTranslation",
    key: "organizationId",
    titleField: null,
    required: ["description"],
    limits: { description: 5000 },
    entityType: "Organization",
    editor: (id) => `/admin/organisations/${id}`,
  },
  programme: {
    record: "Programme",
    texts: "ProgrammeTranslation",
    key: "programmeId",
    titleField: "name",
    required: ["name", "summary", "description", "targetGroup"],
    limits: { name: 200, summary: 500, description: 10000, targetGroup: 2000, howItWorks: 5000, hostInfo: 5000, funding: 2000 },
    entityType: "Programme",
    editor: (id) => `/admin/programmes/${id}`,
  },
};

/** Where a record's translation into one language is worked on. */
export const translationPath = (locale: string, kind: TranslatedKind, id: string) => `/admin/translations/${locale}/${kind}/${id}`;
