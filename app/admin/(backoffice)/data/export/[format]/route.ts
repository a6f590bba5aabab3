// Downloads of the published directory (HSDS JSON, HSDS CSV tables, GeoJSON) and the import template.
import { NextResponse, type NextRequest } from "next/server";
import { can, type Action } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/http/public-origin";
import { handled } from "@/lib/http/errors";
import { csvTemplate } from "@/lib/hsds/csv-format";
import { AppError } from "@/lib/mutation/errors";
import { exportCsvZip, exportGeoJson, exportHsdsJson } from "@/lib/hsds/export/formats";

type Format = { type: string; file: string; action: Action; body: (origin: string) => Promise<BodyInit> };

const formats: Record<string, Format> = {
  "hsds.json": {
    type: "application/json; charset=utf-8",
    file: "wegweiser-hsds.json",
    action: "data.export",
    body: () => exportHsdsJson(),
  },
  "hsds-csv.zip": {
    type: "application/zip",
    file: "wegweiser-hsds-csv.zip",
    action: "data.export",
    body: async () => new Blob([new Uint8Array(await exportCsvZip())], { type: "application/zip" }),
  },
  "offers.geojson": {
    type: "application/geo+json; charset=utf-8",
    file: "wegweiser-angebote.geojson",
    action: "data.export",
    body: async (origin) => JSON.stringify(await exportGeoJson("offers", origin)),
  },
  "organisations.geojson": {
    type: "application/geo+json; charset=utf-8",
    file: "wegweiser-organisationen.geojson",
    action: "data.export",
    body: async (origin) => JSON.stringify(await exportGeoJson("organisations", origin)),
  },
  "template.csv": {
    type: "text/csv; charset=utf-8",
    file: "wegweiser-import-vorlage.csv",
    action: "data.import",
    body: async () => csvTemplate(),
  },
};

async function get(_request: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  const format = formats[(await params).format];
  if (!format) throw new AppError("NOT_FOUND");
  const actor = await currentActor();
  if (!can(actor, format.action)) throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
  // Links to public pages name the site's own address, also behind a proxy.
  const origin = publicOrigin();
  return new NextResponse(await format.body(origin), {
    headers: {
      "Content-Type": format.type,
      "Content-Disposition": `attachment; filename="${format.file}"`,
      "Cache-Control": "no-store",
    },
  });
}

export const GET = handled(get);
