import "server-only";
// An export as a stream: records are read a page at a time and written as they come, so that an
// export of a hundred thousand offers never holds them all, and the download starts at once. The
// stream pulls the next page only when the previous one has been sent (backpressure).
import { db } from "../../db/index";
import type { TranslatedKind, TranslationTarget } from "../status";
import { csvHeader, csvLines } from "./csv";
import { pageOfRecords, type ExchangeRecord } from "./records";
import type { ExchangeFormat, ExchangeScope, ExportRecord } from "./units";
import { xliffEnd, xliffFileEnd, xliffFileStart, xliffGroup, xliffStart } from "./xliff";

const PAGE = 500;

export type ExportRequest = {
  locale: TranslationTarget;
  format: ExchangeFormat;
  scope: ExchangeScope;
  kinds: readonly TranslatedKind[];
};

const wanted = (scope: ExchangeScope, record: ExchangeRecord) =>
  scope === "all" || record.state === "missing" || record.state === "outdated";

const exportRecord = ({ stored, ...record }: ExchangeRecord): ExportRecord => ({
  ...record,
  target: stored?.texts ?? null,
});

/** The records of one kind that the export holds, a page at a time. */
async function* selected(request: ExportRequest, kind: TranslatedKind): AsyncGenerator<ExportRecord[]> {
  let after: string | null = null;
  do {
    const page = await pageOfRecords(db, kind, request.locale, after, PAGE);
    const chosen = page.records.filter((record) => wanted(request.scope, record)).map(exportRecord);
    if (chosen.length) yield chosen;
    after = page.last;
  } while (after);
}

/** The text of the file, piece by piece. */
export async function* exportPieces(request: ExportRequest): AsyncGenerator<string> {
  const { locale, format } = request;
  yield format === "xliff" ? xliffStart(locale) : csvHeader();
  for (const kind of request.kinds) {
    let opened = false;
    for await (const records of selected(request, kind)) {
      const body = records
        .map((record) => (format === "xliff" ? xliffGroup(record) : csvLines(record, locale)))
        .join("");
      if (!body) continue;
      // XLIFF wants a <file> to hold at least one unit: a kind with nothing to translate is left out.
      if (format === "xliff" && !opened) yield xliffFileStart(kind);
      opened = true;
      yield body;
    }
    if (format === "xliff" && opened) yield xliffFileEnd();
  }
  if (format === "xliff") yield xliffEnd();
}

export function exportStream(request: ExportRequest): ReadableStream<Uint8Array> {
  const pieces = exportPieces(request);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

export function exportFileName({ locale, format, scope }: ExportRequest, today = new Date()): string {
  const day = today.toISOString().slice(0, 10);
  return `wegweiser-${locale}-${scope === "all" ? "alle" : "offen"}-${day}.${format === "xliff" ? "xlf" : "csv"}`;
}
