import "server-only";
// An institution's inquiry, from the public form: spam checks, then the one write path, then a
// notification to the KI contact of the first programme asked about.
import type { Actor } from "../auth/policy";
import { env } from "../env";
import { AppError, mutate, type MutationResult } from "../mutation/mutate";
import { enqueueMail } from "../mail/outbox";
import { singleLine } from "../mail/single-line";
import { wakeMailWorker } from "../mail/worker";
import { publicUrl } from "../http/public-origin";
import { counterKey, databaseLimiter } from "../security/limiter";
import type { DbTransaction } from "../db/client";
import { organisationNamed } from "../duplicates/twins";
import { inquirySchema } from "./schema";

// Five stored inquiries per sender address and hour is generous for a real institution. The count
// is taken inside the inquiry's transaction: only inquiries that are stored count (correcting a
// mistake costs nothing), and a refused one rolls its own count back.
async function countSender(tx: DbTransaction, address: string): Promise<void> {
  const perSender = databaseLimiter(tx, { name: "inquiry-sender", points: env().INQUIRY_RATE_LIMIT, seconds: 60 * 60 });
  try {
    await perSender.consume(counterKey(address));
  } catch (refused) {
    if (refused instanceof Error) throw refused;
    throw new AppError("RATE_LIMITED");
  }
}

export type InquiryOrigin = { ip: string; honeypot: string | undefined; actor: Actor };

export async function createInquiry(
  input: unknown,
  origin: InquiryOrigin,
): Promise<MutationResult<{ id: string | null }>> {
  // A filled honeypot is a bot: answer as if it worked and store nothing.
  if (origin.honeypot) return { ok: true, data: { id: null } };

  const result = await mutate({
    schema: inquirySchema,
    action: "inquiry.create",
    actor: origin.actor,
    input,
    write: async (tx, data) => {
      await countSender(tx, origin.ip);
      const [district, programmes, organizationId] = await Promise.all([
        tx.district.findUnique({ where: { code: data.district }, select: { id: true } }),
        tx.programme.findMany({
          where: { slug: { in: data.programmes } },
          select: { id: true, slug: true, contactEmail: true },
        }),
        organisationNamed(tx, data.institutionName),
      ]);
      const inquiry = await tx.inquiry.create({
        data: {
          institutionName: data.institutionName,
          institutionType: data.institutionType,
          districtId: district?.id,
          contactName: data.contactName,
          email: data.email,
          phone: data.phone,
          message: data.message,
          locale: data.locale,
          consentAt: new Date(),
          organizationId,
          programmes: { connect: programmes.map((p) => ({ id: p.id })) },
        },
      });
      // The notification is part of the same write: stored with the inquiry or not at all.
      const to = programmes.find((p) => p.contactEmail)?.contactEmail;
      if (to) await enqueueMail(tx, inquiryNotification(inquiry.id, to, data, programmes));
      return {
        result: { id: inquiry.id },
        audit: {
          action: "create",
          entityType: "Inquiry",
          entityId: inquiry.id,
          // Names and ids, never sentences: the back office words the entry in its reader's language.
          summary: data.institutionName,
          after: {
            ...data,
            district: district?.id ?? null,
            programmes: programmes.map((p) => p.id),
            organizationId,
          },
        },
      };
    },
  });

  if (result.ok && result.data.id) wakeMailWorker();
  return result;
}

function inquiryNotification(
  inquiryId: string,
  to: string,
  data: { institutionName: string; contactName: string; email: string },
  programmes: Array<{ slug: string }>,
) {
  const institution = singleLine(data.institutionName);
  return {
    kind: "inquiry",
    relatedId: inquiryId,
    to,
    subject: `Neue Anfrage: ${institution}`,
    text: `${institution} (${singleLine(data.contactName)}, ${singleLine(data.email)}) fragt nach: ${programmes.map((p) => p.slug).join(", ")}.\nIm Backoffice: ${publicUrl(`/admin/inquiries/${inquiryId}`).href}`,
  };
}
