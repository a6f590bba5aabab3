// Downloads of the current network view: nodes and edges as CSV, the whole as GEXF for Gephi.
// GET is the plain link (saved or starting positions); a browser that has drawn the graph POSTs the
// positions on its screen to the same address, so that Gephi opens the file as it was shown.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { canSome } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { handled } from "@/lib/http/errors";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { AppError } from "@/lib/mutation/errors";
import { MAX_POSITIONS, positionsSchema, type Positions } from "@/lib/network/arrangement";
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
const shownSchema = z.object({ positions: positionsSchema });
// 5,000 positions as JSON take about 300 KB.
const MAX_BODY = 1024 * 1024;

type Shown = { ok: true; positions: Positions | null } | { ok: false; status: 400 | 413; reason: string };

/** The one way in for every download, GET or POST: the policy first, then what was asked for. */
async function exported(request: NextRequest, shownOf: () => Promise<Shown>) {
  const actor = await currentActor();
  if (!canSome(actor, "network.read")) throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const format = formats[query.parse(params).format];
  const shown = await shownOf();
  if (!shown.ok)
    return NextResponse.json(
      { error: "invalid_positions", message: shown.reason },
      { status: shown.status, headers: { "Cache-Control": "no-store" } },
    );
  const locale = await adminLocale();
  const view = await networkView(parseNetworkFilter(params), parseFocus(params), locale, {
    withProgrammes: params.programmes !== "0",
  });
  const body =
    params.format === "gexf"
      ? await gexfOf(view, params, locale, shown.positions)
      : params.format === "edges.csv"
        ? edgesCsv(view.data)
        : nodesCsv(view.data, view.metrics);
  // A byte-order mark lets spreadsheet programs read the umlauts as UTF-8.
  return new NextResponse(params.format === "gexf" ? body : `\uFEFF${body}`, {
    headers: {
      "Content-Type": format.type,
      "Content-Disposition": `attachment; filename="${format.file}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** The positions on the sender's screen, as JSON `{ positions: { id: [x, y] } }`, within the saved views' bounds. */
async function shownPositions(request: NextRequest): Promise<Shown> {
  const tooLarge = { ok: false, status: 413, reason: `The request is larger than ${MAX_BODY} bytes.` } as const;
  if (Number(request.headers.get("content-length")) > MAX_BODY) return tooLarge;
  const text = await request.text();
  if (text.length > MAX_BODY) return tooLarge;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, reason: "The request is not JSON: send { positions: { id: [x, y] } }." };
  }
  const parsed = shownSchema.safeParse(json);
  if (parsed.success) return { ok: true, positions: parsed.data.positions };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    status: 400,
    reason:
      `Positions must map ids (up to 80 characters) to [x, y], finite numbers within ±1e6, at most ${MAX_POSITIONS}` +
      ` of them; ${issue.path.join(".") || "the request"}: ${issue.message}.`,
  };
}

/**
 * Colours and sizes as chosen on the page; each position as shown on the sender's screen, else as
 * saved with the view, else the starting one. Only ids of this view count: others are ignored.
 */
async function gexfOf(
  view: Awaited<ReturnType<typeof networkView>>,
  params: Record<string, string>,
  locale: "de" | "en",
  shown: Positions | null,
) {
  const [programmes, saved] = await Promise.all([
    networkProgrammeOptions(locale),
    params.saved ? getNetworkView(params.saved) : null,
  ]);
  const styled = styleNetwork(
    view.data,
    view.metrics,
    parseAppearance(params),
    locale,
    new Map(programmes.map((p) => [p.slug, p.name])),
  );
  const positions = new Map(view.positions);
  for (const layer of [saved?.positions, shown])
    for (const [id, [x, y]] of Object.entries(layer ?? {})) if (positions.has(id)) positions.set(id, { x, y });
  return gexf(view.data, view.metrics, styled, positions);
}

export const GET = handled((request: NextRequest) => exported(request, async () => ({ ok: true, positions: null })));
export const POST = handled((request: NextRequest) => exported(request, () => shownPositions(request)));
