import "server-only";
// The outbox worker's one pass: claim each due mail with a lease, send it, and record the outcome.
// The claim is a conditional update (only a row that is pending, due and not leased), so several
// processes working the same outbox never send one mail twice; a process that dies mid-send leaves
// a lease that simply runs out.
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { db } from "../db";
import { env } from "../env";
import { singleLine } from "./single-line";

export type MailTransport = {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close?(): void;
};

export type DeliverOptions = {
  now?: Date;
  /** how many mails one pass takes at most */
  batch?: number;
  maxAttempts?: number;
  /** the wait after the first failed attempt; it doubles with every further one */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** how long a claimed mail stays reserved for the worker that claimed it */
  leaseMs?: number;
  /** defaults to SMTP_URL; without one, mail is logged and counted as sent */
  smtpUrl?: string;
  /** timeouts for the SMTP connection, so that a silent server costs seconds, not minutes */
  timeoutMs?: number;
  transport?: MailTransport;
};

export type DeliveryReport = { sent: number; retrying: number; failed: number };

export const DEFAULT_MAX_ATTEMPTS = 6;

/** The wait before attempt n + 1 after n failed ones: 1, 2, 4, 8 … minutes, at most an hour. */
export function retryDelay(failedAttempts: number, baseMs = 60_000, maxMs = 60 * 60_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), maxMs);
}

export function smtpTransport(url: string, timeoutMs = 10_000): MailTransport {
  // Built from SMTPTransport itself: createTransport({ url, … }) reads the URL and drops every
  // other option, the timeouts with them (nodemailer 7).
  return nodemailer.createTransport(
    new SMTPTransport({ url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs * 2 }),
  );
}

export async function deliverDueMail(options: DeliverOptions = {}): Promise<DeliveryReport> {
  const clock = () => options.now ?? new Date();
  const now = clock();
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  const smtpUrl = options.smtpUrl ?? env().SMTP_URL;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };

  const due = await db.outboxMessage.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: options.batch ?? 20,
    select: { id: true },
  });
  if (due.length === 0) return report;

  let transport = options.transport;
  try {
    for (const { id } of due) {
      // Each mail is claimed just before it is sent, so a slow server cannot outlast the leases of
      // mails still waiting in this batch.
      const claimedAt = clock();
      const lease = new Date(claimedAt.getTime() + leaseMs);
      const claimed = await db.outboxMessage.updateMany({
        where: {
          id,
          status: "pending",
          nextAttemptAt: { lte: claimedAt },
          OR: [{ lockedUntil: null }, { lockedUntil: { lt: claimedAt } }],
        },
        data: { lockedUntil: lease },
      });
      if (claimed.count !== 1) continue;
      const mail = await db.outboxMessage.findUniqueOrThrow({
        where: { id },
        select: { to: true, subject: true, text: true, attempts: true },
      });
      const mine = { id, lockedUntil: lease };
      let failure: string | null = null;
      try {
        if (smtpUrl || options.transport) {
          transport ??= smtpTransport(smtpUrl!, options.timeoutMs);
          await transport.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
        } else {
          console.info(
            `[mail] SMTP_URL is not set: logged instead of sent, to ${mail.to}: ${mail.subject}\n${mail.text}`,
          );
        }
      } catch (error) {
        failure = describe(error);
      }
      // Recorded outside the send's try: a failing write after a successful send must not count
      // as a failed send, which would send the mail again.
      const attempts = mail.attempts + 1;
      if (failure === null) {
        await db.outboxMessage.updateMany({
          where: mine,
          data: { status: "sent", sentAt: new Date(), attempts, lockedUntil: null, lastError: null },
        });
        report.sent++;
        continue;
      }
      const givesUp = attempts >= maxAttempts;
      const nextAttemptAt = new Date(
        claimedAt.getTime() + retryDelay(attempts, options.retryBaseMs, options.retryMaxMs),
      );
      await db.outboxMessage.updateMany({
        where: mine,
        data: givesUp
          ? { status: "failed", attempts, lastError: failure, lockedUntil: null }
          : { attempts, lastError: failure, nextAttemptAt, lockedUntil: null },
      });
      console.warn(
        `[mail] attempt ${attempts} of ${maxAttempts} to send "${mail.subject}" to ${mail.to} failed: ${failure}`,
      );
      if (givesUp) report.failed++;
      else report.retrying++;
    }
  } finally {
    if (!options.transport) transport?.close?.();
  }
  return report;
}

// A server's answer may span lines; the error goes to a log line and the back office as one.
function describe(error: unknown): string {
  return singleLine(error instanceof Error ? error.message : String(error)).slice(0, 500);
}
