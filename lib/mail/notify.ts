import "server-only";
// Notifications by e-mail when SMTP_URL is configured (nodemailer); otherwise they are written to
// the server log so that nothing is silently lost in a demo or test installation.
import nodemailer from "nodemailer";
import { env } from "../env";

export type Notification = { to: string; subject: string; text: string };

export async function notify(message: Notification): Promise<void> {
  const url = env().SMTP_URL;
  if (!url) {
    console.info(`[notification] to ${message.to}: ${message.subject}\n${message.text}`);
    return;
  }
  try {
    await nodemailer.createTransport(url).sendMail({ from: env().MAIL_FROM, ...message });
  } catch (error) {
    // A mail server that is down must not lose the inquiry, which is already stored.
    console.error(`[notification] could not send "${message.subject}" to ${message.to}:`, error);
  }
}
