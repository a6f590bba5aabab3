// The HSDS 3.0 OpenAPI document, as published upstream with the places it leaves for an API's own
// text filled in: the description states this API's page limits. And the facts the API root
// announces.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { MAX_FULL_PER_PAGE, MAX_NESTED_SERVICES, MAX_PER_PAGE } from "./query";

export const HSDS_VERSION = "3.0";
// The API follows HSDS 3.0 itself rather than a profile of it; the profile the specification
// names as canonical for 3.0 is its schema directory.
export const HSDS_PROFILE = "https://github.com/openreferral/specification/tree/3.0/schema";

export const LIMITS_DESCRIPTION =
  `The published integration offers of Wegweiser Aachen as HSDS 3.0. Lists are paged: per_page is ` +
  `at most ${MAX_PER_PAGE}; with full=true or full_service=true a page holds at most ` +
  `${MAX_FULL_PER_PAGE} items whatever per_page asks for, and total_pages counts pages of that ` +
  `size. An organisation nests at most ${MAX_NESTED_SERVICES} of its services (by slug); ` +
  `/services?organization_id=… lists all of them.`;

type OpenApi = {
  info: { description?: string };
  components: { parameters: { per_page: { description?: string } } };
};

let document: Promise<Buffer> | null = null;

async function build(): Promise<Buffer> {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "hsds", "schema", "openapi.json");
  const upstream = JSON.parse(await readFile(file, "utf8")) as OpenApi;
  upstream.info.description = LIMITS_DESCRIPTION;
  upstream.components.parameters.per_page.description =
    `Number of results requested in a single page: 1 to ${MAX_PER_PAGE}, ` +
    `at most ${MAX_FULL_PER_PAGE} with full or full_service.`;
  return Buffer.from(`${JSON.stringify(upstream, null, 2)}\n`);
}

export function openApiDocument(): Promise<Buffer> {
  document ??= build();
  return document;
}
