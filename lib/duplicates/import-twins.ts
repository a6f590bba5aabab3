import "server-only";
// The dry run of an import names the new organisations that look like ones already in the
// directory, or like another new one of the same file, before anything is written. A warning, not
// a rejection: the coordinator decides, and may merge afterwards.
import type { DbTransaction as Tx } from "../db/client";
import { nameKey } from "./normalise";
import type { Twin } from "./twin";
import { organisationTwins } from "./twins";

export type ImportTwin = { line: number | null; externalId: string; name: string; twins: Twin[] };

// Each check is one bounded lookup; a file creating more organisations than this is a register
// migration, where the report names the first ones and says how many were not checked.
export const IMPORT_TWIN_CHECKS = 500;

type NewOrganisation = { id: string; line: number | null; externalId: string; name: string };

export async function importTwins(
  reader: Pick<Tx, "organization">,
  created: readonly NewOrganisation[],
): Promise<{ twins: ImportTwin[]; unchecked: number }> {
  const checked = created.slice(0, IMPORT_TWIN_CHECKS);
  const inFile = new Map<string, NewOrganisation>();
  const twins: ImportTwin[] = [];
  for (const org of checked) {
    const key = nameKey(org.name);
    const found = await organisationTwins(reader, org.name);
    const earlier = inFile.get(key);
    if (earlier) found.push({ id: earlier.id, name: earlier.name, href: "" });
    else inFile.set(key, org);
    if (found.length) twins.push({ line: org.line, externalId: org.externalId, name: org.name, twins: found });
  }
  return { twins, unchecked: created.length - checked.length };
}
