import "server-only";
// One record of a bulk run: the same save the record's own form or button makes, through the one
// write path (zod, policy, transaction, audit entry), and what came of it for the report.
import { can, type Action, type Actor, type Resource } from "../auth/policy";
import { db } from "../db/index";
import { nestValues } from "../forms/values";
import { updateInquiry } from "../inquiries/backoffice";
import type { MutationResult } from "../mutation/mutate";
import { offerForEditing, updateOffer } from "../offers/editing";
import { organisationForEditing, updateOrganisation } from "../organisations/editing";
import { verifyOffer, verifyOrganisation } from "../review/due";
import type { BulkAction } from "./lists";
import type { BulkRecord } from "./selection";
import { reasonKey, type Outcome } from "./summary";
import { requestTranslation } from "./translate";

export type BulkParams = { assigneeId?: string };

/** Why a save was refused, as a key the report translates: the form's error or the first field's. */
export function reasonOf(result: Extract<MutationResult<unknown>, { ok: false }>): string {
  if (result.formError && result.formError !== "invalid") return reasonKey(result.formError);
  return reasonKey(Object.values(result.fieldErrors)[0]?.[0] ?? "invalid");
}

// "Already so" is an answer only for whoever may change the record: anyone else learns that they
// may not, whatever the record's state, as their own save would have told them.
const forbidden = (actor: Actor, action: Action, resource: Resource = {}) => !can(actor, action, resource);

const outcomeOf = (result: MutationResult<unknown>): Outcome =>
  result.ok ? { done: true } : { refused: reasonOf(result) };

async function setStatus(record: BulkRecord, status: "published" | "archived", actor: Actor): Promise<Outcome> {
  const loaded = record.kind === "offer" ? await offerForEditing(record.id) : await organisationForEditing(record.id);
  if (!loaded) return { refused: "not_found" };
  if (
    record.kind === "offer"
      ? forbidden(actor, "offer.update", { organizationId: String(loaded.values.organizationId ?? "") || null })
      : forbidden(actor, "organisation.update")
  )
    return { refused: "forbidden" };
  if (loaded.values.status === status) return { unchanged: true };
  // The record's own form, saved with only the status changed: the same rules (an offer is published
  // only under a published provider) and the same audit entry as a save by hand.
  const input = nestValues({ ...loaded.values, status, id: record.id, version: String(loaded.record.version) });
  return outcomeOf(record.kind === "offer" ? await updateOffer(input, actor) : await updateOrganisation(input, actor));
}

async function assign(record: BulkRecord, assigneeId: string, actor: Actor): Promise<Outcome> {
  const inquiry = await db.inquiry.findUnique({
    where: { id: record.id },
    select: { version: true, status: true, assigneeId: true },
  });
  if (!inquiry) return { refused: "not_found" };
  if (forbidden(actor, "inquiry.update")) return { refused: "forbidden" };
  if ((inquiry.assigneeId ?? "") === assigneeId) return { unchanged: true };
  return outcomeOf(
    await updateInquiry({ id: record.id, version: inquiry.version, status: inquiry.status, assigneeId }, actor),
  );
}

export async function applyToRecord(
  action: BulkAction,
  record: BulkRecord,
  params: BulkParams,
  actor: Actor,
): Promise<Outcome> {
  const kind = record.kind;
  switch (action) {
    case "verify":
      if (kind === "inquiry") break;
      return outcomeOf(await (kind === "offer" ? verifyOffer : verifyOrganisation)({ id: record.id }, actor));
    case "publish":
    case "archive":
      if (kind === "inquiry") break;
      return setStatus(record, action === "publish" ? "published" : "archived", actor);
    case "translate":
      if (kind === "inquiry") break;
      return outcomeOf(await requestTranslation({ kind, id: record.id, name: record.name }, actor));
    case "assign":
      if (kind !== "inquiry") break;
      return assign(record, params.assigneeId ?? "", actor);
  }
  return { refused: "notApplicable" };
}
