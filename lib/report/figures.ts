import "server-only";
// The committee report's figures for a period and the period before it. Every count of sites,
// groups and offers comes from the coverage matrix, so the report and the coverage page can never
// disagree; the partners and the relationships that began or ended are counted in lib/coverage too.
import { TZDate } from "@date-fns/tz";
import { categoryGapSentences, coverageMatrix, gaps, gapSentences, type CoverageMatrix } from "../coverage/coverage";
import { districtLinks, type DistrictLink } from "../coverage/district-links";
import { partnerCounts, type PartnerCounts } from "../coverage/partners";
import { relationshipChanges, type RelationshipChanges } from "../coverage/relationship-changes";
import type { AdminLocale } from "../i18n/admin-locale";
import { TIME_ZONE } from "../schedule/types";
import type { Period, ReportPeriod } from "./period";

export type ReportSnapshot = {
  /** the moment the figures describe: the end of the period's last day, or now if that is later */
  at: Date;
  matrix: CoverageMatrix;
  partners: PartnerCounts;
  changes: RelationshipChanges;
};

export type CommitteeReport = {
  locale: AdminLocale;
  period: ReportPeriod;
  generatedAt: Date;
  current: ReportSnapshot;
  previous: ReportSnapshot;
  /** relationships in force at the end of the period, folded onto districts */
  links: DistrictLink[];
  /** programme gaps, then category gaps, as sentences */
  gapSentences: string[];
};

/** The last instant of a calendar day in Aachen (days are stored as UTC midnight), or now if earlier. */
export function endOf(day: Date, now: Date): Date {
  const end = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59, 999, TIME_ZONE);
  return new Date(Math.min(end.getTime(), now.getTime()));
}

async function snapshot(period: Period, locale: AdminLocale, now: Date): Promise<ReportSnapshot> {
  const at = endOf(period.to, now);
  const [matrix, partners, changes] = await Promise.all([
    coverageMatrix({ asOf: at, locale, enteredBy: at }),
    partnerCounts(at),
    relationshipChanges(period),
  ]);
  return { at, matrix, partners, changes };
}

export async function committeeReport(
  period: ReportPeriod,
  locale: AdminLocale,
  now = new Date(),
): Promise<CommitteeReport> {
  const [current, previous] = await Promise.all([
    snapshot(period.current, locale, now),
    snapshot(period.previous, locale, now),
  ]);
  const links = await districtLinks(current.at);
  return {
    locale,
    period,
    generatedAt: now,
    current,
    previous,
    links,
    gapSentences: [...gapSentences(gaps(current.matrix), locale), ...categoryGapSentences(current.matrix, locale)],
  };
}
