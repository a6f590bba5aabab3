import "server-only";
// The committee report as tables and sentences, in the words of the chosen language. The page,
// the PDF and the CSV all render this one model, so the three can never show different figures.
import { createTranslator } from "next-intl";
import adminDe from "../../messages/admin/de.json";
import adminEn from "../../messages/admin/en.json";
import { TOTAL } from "../coverage/partners";
import type { CoverageCounts } from "../coverage/coverage";
import type { AdminLocale } from "../i18n/admin-locale";
import { organisationTypeName } from "../network/messages";
import { relationshipTypes } from "../relationships/editing";
import type { CommitteeReport, ReportSnapshot } from "./figures";

export type ReportTable = {
  id: string;
  title: string;
  /** the first names the row labels */
  columns: string[];
  rows: Array<{ label: string; cells: number[]; total?: boolean }>;
  note?: string;
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const admin: Record<AdminLocale, typeof adminDe> = { de: adminDe, en: adminEn as typeof adminDe };

export function reportTranslator(locale: AdminLocale): Translate {
  const t = createTranslator({ locale, messages: admin[locale], namespace: "report" });
  return (key, values) => (t as unknown as Translate)(key, values);
}

export function relationTypeName(type: string, locale: AdminLocale): string {
  return (admin[locale].network.relationTypes as Record<string, string>)[type] ?? type;
}

export const dayFormat = (locale: AdminLocale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });

/** Districts as columns, then the city once, then the city in the previous period. */
function districtTable(
  report: CommitteeReport,
  id: string,
  title: string,
  head: string,
  rows: Array<{ label: string; of: (s: ReportSnapshot, district: string | null) => number; total?: boolean }>,
  t: Translate,
): ReportTable {
  const districts = report.current.matrix.districts;
  return {
    id,
    title,
    columns: [head, ...districts.map((d) => d.name), t("columns.total"), t("columns.previous")],
    rows: rows.map((row) => ({
      label: row.label,
      total: row.total,
      cells: [
        ...districts.map((d) => row.of(report.current, d.code)),
        row.of(report.current, null),
        row.of(report.previous, null),
      ],
    })),
  };
}

const counts = (s: ReportSnapshot, district: string | null): CoverageCounts =>
  district === null ? s.matrix.totals : s.matrix.rows.find((r) => r.district.code === district)!;

const partnersOf = (s: ReportSnapshot, type: string | null, district: string | null) =>
  (type === null ? s.partners.all : s.partners.byType[type])?.[district ?? TOTAL] ?? 0;

const changesOf = (s: ReportSnapshot, which: "started" | "ended", type?: string) =>
  s.changes[which].filter((c) => !type || c.type === type).length;

export function reportTables(report: CommitteeReport): ReportTable[] {
  const { locale, current, previous } = report;
  const t = reportTranslator(locale);
  const matrix = current.matrix;
  const types = Object.keys({ ...current.partners.byType, ...previous.partners.byType }).sort((a, b) =>
    organisationTypeName(a, locale).localeCompare(organisationTypeName(b, locale), locale),
  );

  const key: ReportTable = {
    id: "key",
    title: t("key.title"),
    columns: [t("columns.figure"), t("columns.current"), t("columns.previous"), t("columns.change")],
    rows: (
      [
        ["partners", (s) => partnersOf(s, null, null)],
        ["offers", (s) => s.matrix.totals.offers],
        ["sites", (s) => s.matrix.totals.sites],
        ["groups", (s) => s.matrix.totals.groups],
        ["started", (s) => changesOf(s, "started")],
        ["ended", (s) => changesOf(s, "ended")],
      ] as Array<[string, (s: ReportSnapshot) => number]>
    ).map(([name, of]) => ({
      label: t(`key.${name}`),
      cells: [of(current), of(previous), of(current) - of(previous)],
    })),
    note: t("key.note"),
  };

  const partners = districtTable(
    report,
    "partners",
    t("partners.title"),
    t("columns.kind"),
    [
      ...types.map((type) => ({
        label: organisationTypeName(type, locale),
        of: (s: ReportSnapshot, d: string | null) => partnersOf(s, type, d),
      })),
      { label: t("partners.all"), of: (s, d) => partnersOf(s, null, d), total: true },
    ],
    t,
  );

  const offers = districtTable(
    report,
    "offers",
    t("offers.title"),
    t("columns.category"),
    [
      ...matrix.categories.map((c) => ({
        label: c.name,
        of: (s: ReportSnapshot, d: string | null) => counts(s, d).categoryOffers[c.code] ?? 0,
      })),
      { label: t("offers.all"), of: (s, d) => counts(s, d).offers, total: true },
    ],
    t,
  );

  const programmeTable = (id: "sites" | "groups", all: (c: CoverageCounts) => number, field: keyof CoverageCounts) =>
    districtTable(
      report,
      id,
      t(`${id}.title`),
      t("columns.programme"),
      [
        ...matrix.programmes.map((p) => ({
          label: p.name,
          of: (s: ReportSnapshot, d: string | null) => (counts(s, d)[field] as Record<string, number>)[p.slug] ?? 0,
        })),
        { label: t(`${id}.all`), of: (s, d) => all(counts(s, d)), total: true },
      ],
      t,
    );

  const relationships: ReportTable = {
    id: "relationships",
    title: t("relationships.title"),
    columns: [
      t("columns.relationType"),
      t("columns.started"),
      t("columns.ended"),
      t("columns.startedBefore"),
      t("columns.endedBefore"),
    ],
    rows: [
      ...relationshipTypes.map((type) => ({ label: relationTypeName(type, locale), type, total: false })),
      { label: t("relationships.all"), type: undefined, total: true },
    ].map(({ label, type, total }) => ({
      label,
      total,
      cells: [
        changesOf(current, "started", type),
        changesOf(current, "ended", type),
        changesOf(previous, "started", type),
        changesOf(previous, "ended", type),
      ],
    })),
  };

  return [
    key,
    partners,
    offers,
    programmeTable("sites", (c) => c.sites, "programmeSites"),
    programmeTable("groups", (c) => c.groups, "programmeGroups"),
    relationships,
  ];
}

/** "+3", "−2", "0": the change says its sign. */
export function signed(value: number, locale: AdminLocale): string {
  return new Intl.NumberFormat(locale, { signDisplay: "exceptZero" }).format(value);
}
