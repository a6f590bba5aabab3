// Login throttling: after repeated failures an account, or an address trying many accounts, must
// wait. Only failures count, so that a shared office address signing in all day is never locked
// out. Counted in this process's memory, which suits the single-server installation; an account's
// block is lifted by a successful login elsewhere.
import { createRateLimit } from "../security/rate-limit";

const WINDOW_MS = 15 * 60 * 1000;
const perAccount = createRateLimit(5, WINDOW_MS);
const perAddress = createRateLimit(20, WINDOW_MS);
const blockedAccounts = new Map<string, number>();

export function loginAllowed(email: string, ip: string, now = Date.now()): boolean {
  const until = blockedAccounts.get(email);
  if (until && until > now) return false;
  return perAddress.allows(ip, now);
}

export function recordFailure(email: string, ip: string, now = Date.now()): void {
  perAddress.take(ip, now);
  if (!perAccount.take(email, now)) blockedAccounts.set(email, now + WINDOW_MS);
}

export function recordSuccess(email: string): void {
  blockedAccounts.delete(email);
}
