import "server-only";
// An institution's inquiry, from the public form: spam checks, then the one write path, then a
// notification to the KI contact of the first programme asked about.
import { db } from "../db";
import type { Actor } from "../auth/policy";
import { env } from "../env";
import { AppError, mutate, type MutationResult } from "../mutation/mutate";
import { notify } from "../mail/notify";
import { publicUrl } from "../http/public-origin";
import { counterKey, databaseLimiter } from "../security/limiter";
import type { DbTransaction } from "../db/client";
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

export async function createInquiry(input: unknown, origin: InquiryOrigin): Promise<MutationResult<{ id: string | null }>> {
  // A filled honeypot is a bot: answer as if it worked and store nothing.
  if (origin.honeypot) return { ok: true, data: { id: null } };

  const result = await mutate({
    schema: inquirySchema,
    action: "inquiry.create",
    actor: origin.actor,
    input,
    write: async (tx, data) => {
      await countSender(tx, origin.ip);
      const [district, programmes] = await Promise.all([
        tx.district.findUnique({ where: { code: data.district }, select: { id: true } }),
        tx.programme.findMany({ where: { slug: { in: data.programmes } }, select: { id: true, slug: true } }),
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
          programmes: { connect: programmes.map((p) => ({ id: p.id })) },
        },
      });
      return {
        result: { id: inquiry.id },
        audit: {
          action: "create",
          entityType: "Inquiry",
          entityId: inquiry.id,
          summary: `${data.institutionName}: ${programmes.map((p) => p.slug).join(", ")}`,
          after: { ...data, programmes: programmes.map((p) => p.slug) },
        },
      };
    },
  });

  if (result.ok && result.data.id) await notifyKi(result.data.id);
  return result;
}

async function notifyKi(inquiryId: string) {
  const inquiry = await db.inquiry.findUnique({
    where: { id: inquiryId },
    select: { institutionName: true, contactName: true, email: true, programmes: { select: { slug: true, contactEmail: true } } },
  });
  const to = inquiry?.programmes.find((p) => p.contactEmail)?.contactEmail;
  if (!inquiry || !to) return;
  await notify({
    to,
    subject: `Neue Anfrage: ${inquiry.institutionName}`,
    text: `${inquiry.institutionName} (${inquiry.contactName}, ${inquiry.email}) fragt nach: ${inquiry.programmes.map((p) => p.slug).join(", ")}.\nIm Backoffice: ${publicUrl(`/admin/inquiries/${inquiryId}`).href}`,
  });
}
