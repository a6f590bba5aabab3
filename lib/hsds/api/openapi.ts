// The HSDS 3.0 OpenAPI document, served as published upstream (byte for byte), and the facts the
// API root announces.
import { readFile } from "node:fs/promises";
import path from "node:path";

export const HSDS_VERSION = "3.0";
// The API follows HSDS 3.0 itself rather than a profile of it; the profile the specification
// names as canonical for 3.0 is its schema directory.
export const HSDS_PROFILE = "https://github.com/openreferral/specification/tree/3.0/schema";

let document: Promise<Buffer> | null = null;

export function openApiDocument(): Promise<Buffer> {
  document ??= readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "hsds", "schema", "openapi.json"));
  return document;
}
