import "server-only";
// Password hashes: bcrypt at one cost for every account (the seed's too), and a comparison that
// costs the same whether or not the account exists.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

/** The cost of every stored hash; a hash of another cost would make sign-in timing tell accounts apart. */
export const BCRYPT_COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, BCRYPT_COST);
}

// A real hash of a random secret, made once when the process starts, at the stored cost. bcrypt
// rejects a malformed hash at once, without hashing, so a made-up string here answered unknown
// e-mail addresses ten times faster than known ones.
const placeholder = hashPassword(randomBytes(18).toString("base64"));
export function placeholderHash(): Promise<string> {
  return placeholder;
}

/** Whether the password matches; without a stored hash it does the same work and says no. */
export async function checkPassword(plain: string, stored: string | null | undefined): Promise<boolean> {
  const hash = stored ?? (await placeholderHash());
  const matches = await bcrypt.compare(plain, hash);
  return matches && stored !== null && stored !== undefined;
}
