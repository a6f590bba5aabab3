import "server-only";
// Everything the report's page and downloads show, for the period the address names.
import type { AdminLocale } from "../i18n/admin-locale";
import { committeeReport } from "./figures";
import { districtDrawing } from "./geometry";
import { parseReportPeriod } from "./period";
import { mapPicture, networkPicture } from "./pictures";
import { reportTables } from "./tables";

export async function loadReport(params: Record<string, string | string[] | undefined>, locale: AdminLocale) {
  const period = parseReportPeriod(params);
  const [report, drawing] = await Promise.all([committeeReport(period, locale), districtDrawing()]);
  return {
    report,
    tables: reportTables(report),
    map: mapPicture(report, drawing),
    network: networkPicture(report, drawing),
  };
}
