// The partner directory's filter, read from the query of the page and of its points address alike.
import { districtCodes, type DistrictCode } from "../geo/districts";
import { isOrganisationType, type OrganisationType } from "./types";

export type DirectoryFilter = { type?: OrganisationType; district?: DistrictCode; view: "list" | "map"; page?: number };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

export function parseDirectoryFilter(params: Params): DirectoryFilter {
  const type = read(params, "type");
  const district = read(params, "district") as DistrictCode | undefined;
  return {
    type: isOrganisationType(type) ? type : undefined,
    district: district && districtCodes.includes(district) ? district : undefined,
    view: read(params, "view") === "map" ? "map" : "list",
    ...pageOf(read(params, "page")),
  };
}

/** A page number past the first; anything else (absent, 1, garbage) is the first page. */
function pageOf(value: string | undefined): { page?: number } {
  const page = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return page > 1 ? { page } : {};
}

/** The filter as query parameters; the list is the default view and is left out. */
export function directoryQuery(filter: DirectoryFilter): Record<string, string> {
  return {
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.district ? { district: filter.district } : {}),
    ...(filter.view === "map" ? { view: "map" } : {}),
    ...(filter.page && filter.page > 1 ? { page: String(filter.page) } : {}),
  };
}
