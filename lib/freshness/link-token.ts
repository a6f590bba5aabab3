// The "still correct" link a partner gets by mail: the request's id and an expiry, signed with
// HMAC-SHA256, so that the link cannot be forged or stretched. It proves only that its holder read
// the mail, which is why it may confirm the entries that mail listed and nothing more.
import { createHmac, timingSafeEqual } from "node:crypto";

export type LinkClaim = { requestId: string; expiresAt: Date };
export type LinkCheck = { ok: true; claim: LinkClaim } | { ok: false; reason: "invalid" | "expired" };

const encode = (requestId: string, expiresAt: Date) =>
  `${Buffer.from(requestId).toString("base64url")}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest("base64url");

export function signLink(claim: LinkClaim, secret: string): string {
  const payload = encode(claim.requestId, claim.expiresAt);
  return `${payload}.${sign(payload, secret)}`;
}

export function checkLink(token: string, secret: string, now = new Date()): LinkCheck {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]{1,200}$/.test(part))) return { ok: false, reason: "invalid" };
  const [id, expiry, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${id}.${expiry}`, secret));
  const given = Buffer.from(signature);
  // Compared in constant time: a signature guessed byte by byte must learn nothing from timing.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  const expiresAt = new Date(parseInt(expiry, 36) * 1000);
  if (!(expiresAt.getTime() > now.getTime())) return { ok: false, reason: "expired" };
  return { ok: true, claim: { requestId: Buffer.from(id, "base64url").toString(), expiresAt } };
}
