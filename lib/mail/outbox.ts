import "server-only";
// Mail is written to the outbox, in the same transaction as the change it reports, and sent later
// by the worker (./deliver.ts). A request never waits for a mail server, and a mail that cannot be
// sent stays visible to coordinators instead of vanishing into a log.
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { db } from "../db";
import type { DbTransaction as Tx } from "../db/client";
import { AppError, mutate } from "../mutation/mutate";
import { singleLine } from "./single-line";
import { wakeMailWorker } from "./worker";

export type MailMessage = { kind: string; relatedId?: string; to: string; subject: string; text: string };

export async function enqueueMail(tx: Pick<Tx, "outboxMessage">, message: MailMessage): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      kind: message.kind,
      relatedId: message.relatedId,
      to: singleLine(message.to),
      subject: singleLine(message.subject),
      text: message.text,
    },
  });
}

// A mail that waited this long without being sent means no worker is running or every attempt
// failed so far: either way a coordinator should know.
const STUCK_AFTER_MS = 15 * 60 * 1000;

export type UndeliveredMail = {
  id: string;
  kind: string;
  relatedId: string | null;
  to: string;
  subject: string;
  status: "pending" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
};

/** Mail that failed for good, or is still waiting after a failed attempt or for too long. */
export async function listUndeliveredMail(now = new Date()): Promise<UndeliveredMail[]> {
  const rows = await db.outboxMessage.findMany({
    where: {
      OR: [
        { status: "failed" },
        { status: "pending", attempts: { gt: 0 } },
        { status: "pending", createdAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      kind: true,
      relatedId: true,
      to: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      nextAttemptAt: true,
    },
  });
  return rows.map((row) => ({ ...row, status: row.status === "failed" ? "failed" : "pending" }));
}

const resendSchema = z.object({ id: z.string().min(1).max(64) });

/** Puts an undelivered mail back in the queue for a fresh round of attempts. */
export async function resendMail(input: unknown, actor: Actor) {
  const result = await mutate({
    schema: resendSchema,
    action: "mail.resend",
    actor,
    input,
    write: async (tx, { id }) => {
      const before = await tx.outboxMessage.findUnique({
        where: { id },
        select: { status: true, attempts: true, lastError: true, subject: true },
      });
      if (!before || before.status === "sent") throw new AppError("NOT_FOUND");
      await tx.outboxMessage.update({
        where: { id },
        data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null, lastError: null },
      });
      return {
        result: { id },
        audit: {
          action: "resend",
          entityType: "OutboxMessage",
          entityId: id,
          summary: before.subject,
          before,
          after: { status: "pending", attempts: 0 },
        },
      };
    },
  });
  if (result.ok) wakeMailWorker();
  return result;
}
