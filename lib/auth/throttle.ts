// Login throttling: after repeated failures an account, or an address trying many accounts, must
// wait. Counted in this process's memory, which suits the single-server installation; failures
// are forgotten after a successful login.
import { createRateLimit } from "../security/rate-limit";

const WINDOW_MS = 15 * 60 * 1000;
const perAccount = createRateLimit(5, WINDOW_MS);
const perAddress = createRateLimit(20, WINDOW_MS);
const blockedAccounts = new Map<string, number>();

export function loginAllowed(email: string, ip: string, now = Date.now()): boolean {
  const until = blockedAccounts.get(email);
  if (until && until > now) return false;
  return perAddress.take(ip, now);
}

export function recordFailure(email: string, now = Date.now()): void {
  if (!perAccount.take(email, now)) blockedAccounts.set(email, now + WINDOW_MS);
}

export function recordSuccess(email: string): void {
  blockedAccounts.delete(email);
}
