import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db";
import { authOptions, type SessionUser } from "./options";
import { canSome, type Action, type Actor } from "./policy";

/** The signed-in user, re-read from the database so that a deactivated account loses access at once. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as SessionUser | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, organizationId: true, active: true },
  });
  return user?.active ? { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId } : null;
}

export async function currentActor(): Promise<Actor> {
  const user = await currentUser();
  return user ? { id: user.id, role: user.role, organizationId: user.organizationId } : null;
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
