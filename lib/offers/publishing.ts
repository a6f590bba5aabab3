import "server-only";
// The rule every write keeps so that "public" (./visibility.ts) never surprises anyone: a published
// offer always has a published provider. The offer form, the organisation form and the import
// refuse a save that would break it, each with a message that says what to do instead.
import type { DbTransaction as Tx } from "../db/client";
import { FieldError } from "../mutation/mutate";

type Reader = Pick<Tx, "organization" | "offer">;

/** Whether an offer with this status may belong to an organisation with that status. */
export function providerAllows(offerStatus: string | undefined, organisationStatus: string | undefined): boolean {
  return offerStatus !== "published" || organisationStatus === "published";
}

/** Refuses to publish an offer under an organisation that is a draft or archived. */
export async function expectPublishableUnder(tx: Reader, organizationId: string, status: string) {
  if (status !== "published") return;
  const organisation = await tx.organization.findUnique({ where: { id: organizationId }, select: { status: true } });
  if (organisation && !providerAllows(status, organisation.status))
    throw new FieldError("status", "organisationNotPublished");
}

/** Refuses to take an organisation out of the directory while it still has published offers. */
export async function expectNoPublishedOffers(tx: Reader, organizationId: string, status: string) {
  if (status === "published") return;
  const published = await tx.offer.count({ where: { organizationId, status: "published" } });
  if (published > 0) throw new FieldError("status", "publishedOffers");
}
