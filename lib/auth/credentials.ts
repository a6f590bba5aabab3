import "server-only";
// Signing in with e-mail and password: throttle, then the same bcrypt work for known and unknown
// addresses, then the account. Kept apart from next-auth's options so that it can be tested as is.
import { db } from "../db";
import { checkPassword } from "./passwords";
import type { Role } from "./policy";
import { createLoginThrottle, type LoginThrottle } from "./throttle";

export type SignedInUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  sessionVersion: number;
};

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; waitSeconds: number };

const sharedThrottle = createLoginThrottle(db);

export async function signInWithPassword(
  emailTyped: string,
  password: string,
  address: string,
  throttle: LoginThrottle = sharedThrottle,
): Promise<SignInResult> {
  const email = emailTyped.trim().toLowerCase();
  if (!email || !password) return { ok: false, waitSeconds: 0 };
  // While a wait is in force the password is not even checked, so guessing on costs nothing here.
  const wait = await throttle.waitSeconds(email, address);
  if (wait > 0) return { ok: false, waitSeconds: wait };
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organizationId: true,
      passwordHash: true,
      active: true,
      sessionVersion: true,
    },
  });
  const matches = await checkPassword(password, user?.passwordHash);
  if (!user || !user.active || !matches) return { ok: false, waitSeconds: await throttle.failed(email, address) };
  await Promise.all([
    throttle.succeeded(email, address),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
  ]);
  const { id, name, role, organizationId, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, organizationId, sessionVersion } };
}
