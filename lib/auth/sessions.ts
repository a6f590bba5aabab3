import "server-only";
// Session validity lives in the database: User.sessionVersion. A session carries the number its
// account had at sign-in; raising the number ends every session issued before, in every process.
// It is raised by sign-out, a password change or reset, deactivation and a role change.
import { db } from "../db";
import type { DbTransaction } from "../db/client";

/**
 * Ends the account's sessions. With `issuedAt` (a session's own number, as on sign-out) only when
 * that session is still current, so that a stale cookie's sign-out does not end newer sessions.
 */
export async function endSessions(userId: string, issuedAt?: number, client: DbTransaction = db): Promise<void> {
  await client.user.updateMany({
    where: { id: userId, ...(issuedAt === undefined ? {} : { sessionVersion: issuedAt }) },
    data: { sessionVersion: { increment: 1 } },
  });
}
