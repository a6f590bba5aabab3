import "server-only";
// "Request translation" for one record from a bulk run: a machine translation job for its missing
// and outdated languages, through the one write path so that the request is audited on the record.
// Without a provider there is nothing to queue: the record's missing texts already wait in the
// translators' queues (/admin/translations/{locale}), and the report says so.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db/index";
import { FieldError, mutate } from "../mutation/mutate";
import { configuredTranslator } from "../translations/machine/configured";
import { ALL_LANGUAGES, recordScope } from "../translations/jobs/scope";

const target = z.object({ kind: z.enum(["offer", "organisation"]), id: z.string().min(1), name: z.string() });

export function requestTranslation(input: unknown, actor: Actor) {
  return mutate({
    schema: target,
    action: "translation.machine",
    actor,
    input,
    // An offer's translation is its provider's editors' business too; an organisation's only staff's.
    resource: async ({ kind, id }) => ({
      organizationId:
        kind === "offer"
          ? ((await db.offer.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId ?? null)
          : null,
    }),
    write: async (tx, { kind, id, name }) => {
      if (!configuredTranslator()) throw new FieldError("translation", "noProvider");
      const scope = recordScope(kind, id);
      const waiting = await tx.translationJob.findFirst({ where: { scope, status: "queued" }, select: { id: true } });
      const job =
        waiting ??
        (await tx.translationJob.create({
          data: { locale: ALL_LANGUAGES, scope, createdById: actor?.id ?? null },
          select: { id: true },
        }));
      return {
        result: { jobId: job.id },
        audit: {
          action: "translate",
          entityType: kind === "offer" ? "Offer" : "Organization",
          entityId: id,
          summary: name,
          after: { translationJob: job.id },
        },
      };
    },
  });
}
