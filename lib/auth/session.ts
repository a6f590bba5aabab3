import "server-only";
import { getServerSession, type Session } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db";
import { authOptions, type SessionUser } from "./options";
import { canSome, type Action, type Actor } from "./policy";

/**
 * The signed-in user, re-read from the database on every request: a deactivated account, or a
 * session ended since (sign-out, new password, new role; see ./sessions.ts), loses access at once.
 * Pages, server actions and route handlers all ask here; none reads the session cookie itself.
 */
export async function currentUser(): Promise<SessionUser | null> {
  return userOfSession(await getServerSession(authOptions));
}

/** The account a session (as next-auth decodes it from the cookie) still stands for, or null. */
export async function userOfSession(session: Session | null): Promise<SessionUser | null> {
  const claimed = session?.user as (SessionUser & { sessionVersion?: number }) | undefined;
  if (!claimed?.id || typeof claimed.sessionVersion !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: claimed.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organizationId: true,
      active: true,
      sessionVersion: true,
      translatorLanguages: { select: { locale: true }, orderBy: { locale: "asc" } },
    },
  });
  if (!user?.active || user.sessionVersion !== claimed.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    // Only a translator's languages bind the policy; for other roles they mean nothing.
    languages: user.role === "translator" ? user.translatorLanguages.map((l) => l.locale) : [],
  };
}

export async function currentActor(): Promise<Actor> {
  const user = await currentUser();
  return user ? { id: user.id, role: user.role, organizationId: user.organizationId, languages: user.languages } : null;
}

/**
 * For back-office pages: the user if the policy allows the action on at least their own records,
 * else to the login or a 403. Pages about one record ask the policy again with its organisation.
 */
export async function requireUser(action: Action, returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/admin/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!canSome(user, action)) redirect("/admin/forbidden");
  return user;
}
