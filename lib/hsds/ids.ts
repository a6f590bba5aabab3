// HSDS wants a UUID on every object, also on those Wegweiser keeps as plain columns (an
// organisation's phone number, a location's address, an offer's language). Those get name-based
// UUIDs (RFC 9562 version 5) derived from the owner's id, so they stay the same from one request
// and one export to the next without being stored.
import { createHash } from "node:crypto";

/** The namespace of all derived ids. Changing it would change every derived id: never do. */
export const HSDS_NAMESPACE = "111871c8-bc22-4b0c-acb9-0fb3261b6954";

export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  const space = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(space).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of an object that exists only as part of its owner, e.g. childId(location.id, "address"). */
export function childId(ownerId: string, kind: string, key = ""): string {
  return uuidV5(`${kind}:${ownerId}:${key}`);
}

// Written out rather than computed so that they can be looked up and quoted; ids.test.ts holds
// them to uuidV5("taxonomy:category") and uuidV5("taxonomy:audience").
export const TAXONOMY_IDS = {
  category: "9382997d-a7f8-514c-82db-fcd2c6a0a1cc",
  audience: "8cc153e5-d13d-561c-a898-4c80df33405e",
} as const;

export type TaxonomyName = keyof typeof TAXONOMY_IDS;

export function taxonomyNameOf(id: string): TaxonomyName | null {
  const entry = Object.entries(TAXONOMY_IDS).find(([, value]) => value === id.toLowerCase());
  return entry ? (entry[0] as TaxonomyName) : null;
}
