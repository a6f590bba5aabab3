// Notifications go through the outbox: an inquiry is stored at once whatever the mail server does,
// the worker retries with growing waits and then gives up visibly, and two workers never send one
// mail twice.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverDueMail, type MailTransport } from "@/lib/mail/deliver";
import { enqueueMail, listUndeliveredMail, resendMail } from "@/lib/mail/outbox";
import { kitaInquiry as valid } from "../support/inquiry";
import { seedReferenceAndProgrammes } from "../support/seed";

const origin = (ip: string) => ({ ip, honeypot: undefined, actor: null });
const coordinator = { id: "", role: "coordinator" as const, organizationId: null };

// A mail server that accepts connections and never says a word: the worst case for a sender.
let silent: net.Server;
const sockets = new Set<net.Socket>();
let silentUrl = "";
// Imported once SMTP_URL names the silent server, since configuration is read once.
let createInquiry: (typeof import("@/lib/inquiries/create"))["createInquiry"];

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  coordinator.id = (
    await db.user.create({
      data: { email: "koordination@example.org", name: "Koordination", role: "coordinator", passwordHash: "x" },
    })
  ).id;
  silent = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentUrl = `smtp://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
  process.env.SMTP_URL = silentUrl;
  ({ createInquiry } = await import("@/lib/inquiries/create"));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent?.close(resolve));
});

async function clearOutbox() {
  await db.outboxMessage.deleteMany();
}

describe("the mail outbox", () => {
  it("stores an inquiry and its notification at once, even when the mail server never answers", async () => {
    await clearOutbox();
    const started = Date.now();
    const result = await createInquiry(valid, origin("10.1.0.1"));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id! : "";
    expect(await db.inquiry.count({ where: { id } })).toBe(1);
    const [mail] = await db.outboxMessage.findMany({ where: { relatedId: id } });
    expect(mail).toMatchObject({
      kind: "inquiry",
      status: "pending",
      attempts: 0,
      subject: "Neue Anfrage: Kita Regenbogen",
    });
    expect(mail!.to).toMatch(/@/);
  });

  it("retries with growing waits against a silent server and then marks the mail failed with its error", async () => {
    await clearOutbox();
    await enqueueMail(db, { kind: "inquiry", to: "ki@example.org", subject: "Neue Anfrage", text: "…" });
    const options = { smtpUrl: silentUrl, timeoutMs: 300, maxAttempts: 3, retryBaseMs: 60_000 };
    const t0 = Date.now();

    expect(await deliverDueMail({ ...options, now: new Date(t0) })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const first = await db.outboxMessage.findFirstOrThrow();
    expect(first).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(first.lastError).toMatch(/timeout|greeting/i);
    expect(first.nextAttemptAt.getTime() - t0).toBe(60_000);

    // Not due yet: nothing happens.
    expect(await deliverDueMail({ ...options, now: new Date(t0 + 30_000) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });

    expect(await deliverDueMail({ ...options, now: new Date(t0 + 60_000) })).toEqual({
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    const second = await db.outboxMessage.findFirstOrThrow();
    expect(second.nextAttemptAt.getTime() - (t0 + 60_000)).toBe(120_000);

    expect(await deliverDueMail({ ...options, now: new Date(t0 + 180_000) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    const last = await db.outboxMessage.findFirstOrThrow();
    expect(last).toMatchObject({ status: "failed", attempts: 3, sentAt: null });
    expect(last.lastError).toMatch(/timeout|greeting/i);

    // A failed mail is no longer tried, and coordinators see it with its error.
    expect(await deliverDueMail({ ...options, now: new Date(t0 + 3_600_000) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    const undelivered = await listUndeliveredMail();
    expect(undelivered.map((m) => [m.id, m.status, m.lastError])).toEqual([[last.id, "failed", last.lastError]]);
  });

  it("sends a mail again on a coordinator's request, with an audit entry, and refuses anonymous requests", async () => {
    const failed = await db.outboxMessage.findFirstOrThrow({ where: { status: "failed" } });
    expect(await resendMail({ id: failed.id }, null)).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await resendMail({ id: failed.id }, coordinator)).toEqual({ ok: true, data: { id: failed.id } });
    const sentTo: string[] = [];
    const transport: MailTransport = { sendMail: async (m) => void sentTo.push(m.to) };
    expect(await deliverDueMail({ transport })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sentTo).toEqual(["ki@example.org"]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "sent",
      lastError: null,
    });
    expect(await listUndeliveredMail()).toEqual([]);
    const audit = await db.auditEntry.findMany({ where: { entityType: "OutboxMessage", entityId: failed.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "resend", userId: coordinator.id });
  });

  it("never sends one mail twice when two workers run at once", async () => {
    await clearOutbox();
    for (let i = 0; i < 12; i++)
      await enqueueMail(db, { kind: "test", to: `r${i}@example.org`, subject: `Mail ${i}`, text: "…" });
    const sent: string[] = [];
    // A slow server, so that both workers find the same due rows before either has finished.
    const slow: MailTransport = {
      sendMail: async (m) => {
        await new Promise((r) => setTimeout(r, 20));
        sent.push(m.to);
      },
    };
    const [a, b] = await Promise.all([deliverDueMail({ transport: slow }), deliverDueMail({ transport: slow })]);
    expect(a.sent + b.sent).toBe(12);
    expect(sent).toHaveLength(12);
    expect(new Set(sent).size).toBe(12);
    expect(await db.outboxMessage.count({ where: { status: "sent" } })).toBe(12);
  });

  it("keeps line breaks out of names and addresses that reach the subject, body and log", async () => {
    await clearOutbox();
    const result = await createInquiry(
      { ...valid, institutionName: "Kita Evil\r\nBcc: victim@example.org", contactName: "Eve\nX-Injected: 1" },
      origin("10.1.0.2"),
    );
    expect(result.ok).toBe(true);
    const mail = await db.outboxMessage.findFirstOrThrow();
    expect(mail.subject).toBe("Neue Anfrage: Kita Evil Bcc: victim@example.org");
    expect(mail.text.split("\n")[0]).toContain(
      "Kita Evil Bcc: victim@example.org (Eve X-Injected: 1, leitung@kita.example.org)",
    );
    expect(mail.text.split("\n")).toHaveLength(2);
    const stored = await db.inquiry.findUniqueOrThrow({ where: { id: result.ok ? result.data.id! : "" } });
    expect(stored.institutionName).toBe("Kita Evil Bcc: victim@example.org");

    await enqueueMail(db, {
      kind: "test",
      to: "a@example.org\r\nBcc: b@example.org",
      subject: "Hallo\rWelt\u0000",
      text: "Zeile 1\nZeile 2",
    });
    const direct = await db.outboxMessage.findFirstOrThrow({ where: { kind: "test" } });
    expect([direct.to, direct.subject, direct.text]).toEqual([
      "a@example.org Bcc: b@example.org",
      "Hallo Welt",
      "Zeile 1\nZeile 2",
    ]);
  });
});
