// Downloads of the current network view: nodes and edges as CSV, the whole as GEXF for Gephi.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { canSome } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { handled } from "@/lib/http/errors";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { AppError } from "@/lib/mutation/errors";
import { edgesCsv, gexf, nodesCsv } from "@/lib/network/export";
import { parseNetworkFilter } from "@/lib/network/filter";
import { parseAppearance, styleNetwork } from "@/lib/network/appearance";
import { networkProgrammeOptions } from "@/lib/network/programme-options";
import { getNetworkView } from "@/lib/network/saved-views";
import { networkView, parseFocus } from "@/lib/network/view";

const formats = {
  "nodes.csv": { type: "text/csv; charset=utf-8", file: "netzwerk-organisationen.csv" },
  "edges.csv": { type: "text/csv; charset=utf-8", file: "netzwerk-verbindungen.csv" },
  gexf: { type: "application/gexf+xml; charset=utf-8", file: "netzwerk.gexf" },
} as const;

const query = z.object({ format: z.enum(Object.keys(formats) as [keyof typeof formats]) });

async function get(request: NextRequest) {
  const actor = await currentActor();
  if (!canSome(actor, "network.read")) throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const format = formats[query.parse(params).format];
  const locale = await adminLocale();
  const view = await networkView(parseNetworkFilter(params), parseFocus(params), locale, { withProgrammes: params.programmes !== "0" });
  const body =
    params.format === "gexf"
      ? await gexfOf(view, params, locale)
      : params.format === "edges.csv"
        ? edgesCsv(view.data)
        : nodesCsv(view.data, view.metrics);
  // A byte-order mark lets spreadsheet programs read the umlauts as UTF-8.
  return new NextResponse(params.format === "gexf" ? body : `\uFEFF${body}`, {
    headers: { "Content-Type": format.type, "Content-Disposition": `attachment; filename="${format.file}"`, "Cache-Control": "no-store" },
  });
}

/** Colours and sizes as chosen on the page; positions as saved with the view, else the starting ones. */
async function gexfOf(view: Awaited<ReturnType<typeof networkView>>, params: Record<string, string>, locale: "de" | "en") {
  const [programmes, saved] = await Promise.all([
    networkProgrammeOptions(locale),
    params.saved ? getNetworkView(params.saved) : null,
  ]);
  const styled = styleNetwork(view.data, view.metrics, parseAppearance(params), locale, new Map(programmes.map((p) => [p.slug, p.name])));
  const positions = new Map(view.positions);
  for (const [id, [x, y]] of Object.entries(saved?.positions ?? {})) if (positions.has(id)) positions.set(id, { x, y });
  return gexf(view.data, view.metrics, styled, positions);
}

export const GET = handled(get);
