import "server-only";
// Reply templates for inquiries, kept by coordinators in German and English, and the reply itself:
// a mail to the asker through the outbox, kept as a note on the inquiry so colleagues see what was
// answered.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db";
import { enqueueMail } from "../mail/outbox";
import { wakeMailWorker } from "../mail/worker";
import { AppError, mutate } from "../mutation/mutate";
import { fillReply } from "./reply-placeholders";

export const replyLocales = ["de", "en"] as const;

export type ReplyTemplate = { id: string; title: string; locale: (typeof replyLocales)[number]; body: string };

export async function listReplyTemplates(): Promise<ReplyTemplate[]> {
  const rows = await db.replyTemplate.findMany({
    orderBy: [{ locale: "asc" }, { title: "asc" }],
    take: 200,
    select: { id: true, title: true, locale: true, body: true },
  });
  return rows.map((row) => ({ ...row, locale: row.locale === "en" ? "en" : "de" }));
}

const templateSchema = z.object({
  id: z.string().max(64).optional().transform((v) => v || undefined),
  title: z.string().trim().min(1, "titleRequired").max(120),
  locale: z.enum(replyLocales),
  body: z.string().trim().min(1, "bodyRequired").max(5000),
});

/** Creates a template, or changes the one the input names. */
export function saveReplyTemplate(input: unknown, actor: Actor) {
  return mutate({
    schema: templateSchema,
    action: "inquiry.template",
    actor,
    input,
    write: async (tx, { id, ...data }) => {
      const before = id
        ? await tx.replyTemplate.findUnique({ where: { id }, select: { title: true, locale: true, body: true } })
        : null;
      if (id && !before) throw new AppError("NOT_FOUND");
      const row = id
        ? await tx.replyTemplate.update({ where: { id }, data })
        : await tx.replyTemplate.create({ data });
      return {
        result: { id: row.id },
        audit: {
          action: id ? "update" : "create",
          entityType: "ReplyTemplate",
          entityId: row.id,
          summary: data.title,
          ...(before ? { before } : {}),
          after: data,
        },
      };
    },
  });
}

export function deleteReplyTemplate(input: unknown, actor: Actor) {
  return mutate({
    schema: z.object({ id: z.string().min(1).max(64) }),
    action: "inquiry.template",
    actor,
    input,
    write: async (tx, { id }) => {
      const before = await tx.replyTemplate.findUnique({ where: { id }, select: { title: true, locale: true, body: true } });
      if (!before) throw new AppError("NOT_FOUND");
      await tx.replyTemplate.delete({ where: { id } });
      return { result: { id }, audit: { action: "delete", entityType: "ReplyTemplate", entityId: id, summary: before.title, before } };
    },
  });
}

/** A template's text with the inquiry's asker, institution, programmes and district put in. */
export async function replyDraft(inquiryId: string, templateId: string | undefined): Promise<string> {
  if (!templateId) return "";
  const [template, inquiry] = await Promise.all([
    db.replyTemplate.findUnique({ where: { id: templateId }, select: { body: true } }),
    db.inquiry.findUnique({
      where: { id: inquiryId },
      select: {
        contactName: true,
        institutionName: true,
        district: { select: { name: true } },
        programmes: { select: { translations: { where: { locale: "de" }, select: { name: true } }, slug: true } },
      },
    }),
  ]);
  if (!template || !inquiry) return "";
  return fillReply(template.body, {
    name: inquiry.contactName,
    institution: inquiry.institutionName,
    programmes: inquiry.programmes.map((p) => p.translations[0]?.name ?? p.slug).join(", "),
    district: inquiry.district?.name ?? "",
  });
}

const replySchema = z.object({ id: z.string().min(1).max(64), body: z.string().trim().min(1, "replyRequired").max(10_000) });

/** Sends the reply to the asker and keeps it as a note, in one write. */
export async function sendInquiryReply(input: unknown, actor: Actor) {
  const result = await mutate({
    schema: replySchema,
    action: "inquiry.update",
    actor,
    input,
    write: async (tx, { id, body }) => {
      const inquiry = await tx.inquiry.findUnique({ where: { id }, select: { email: true, institutionName: true } });
      if (!inquiry) throw new AppError("NOT_FOUND");
      await enqueueMail(tx, {
        kind: "inquiry-reply",
        relatedId: id,
        to: inquiry.email,
        subject: `Ihre Anfrage / Your inquiry: ${inquiry.institutionName}`,
        text: body,
      });
      await tx.inquiryNote.create({ data: { inquiryId: id, authorId: actor?.id ?? null, body: `→ ${inquiry.email}\n${body}` } });
      return {
        result: { id },
        audit: {
          action: "reply",
          entityType: "Inquiry",
          entityId: id,
          summary: inquiry.institutionName,
          after: { to: inquiry.email, reply: body },
        },
      };
    },
  });
  if (result.ok) wakeMailWorker();
  return result;
}
