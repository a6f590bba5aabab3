// A session ends everywhere at once: a cookie taken before sign-out, a new password, deactivation or
// a role change no longer opens the back office, in any process (the number lives in the database).
import { decode, encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/credentials";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/passwords";
import { userOfSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { userForEditing, updateUser } from "@/lib/users/editing";

const secret = "integration-test-secret-0123456789";
const password = "ein-langes-geheimes-passwort";
let admin: { id: string; role: "admin"; organizationId: null };

beforeAll(async () => {
  const passwordHash = await hashPassword(password);
  const created = await db.user.create({ data: { email: "admin@example.org", name: "Admin", role: "admin", passwordHash } });
  admin = { id: created.id, role: "admin", organizationId: null };
  await db.user.createMany({
    data: ["kim", "lea", "sam", "eli"].map((name) => ({ email: `${name}@example.org`, name, role: "coordinator" as const, passwordHash })),
  });
});

/** Signs in as next-auth does and returns the session cookie's value. */
async function cookieFor(email: string): Promise<string> {
  const result = await signInWithPassword(email, password, `192.0.2.${Math.floor(Math.random() * 200)}`);
  if (!result.ok) throw new Error("sign-in failed");
  const token = await authOptions.callbacks!.jwt!({ token: { sub: result.user.id }, user: result.user as never, account: { provider: "credentials", type: "credentials", providerAccountId: result.user.id } });
  return encode({ token, secret });
}

/** What the back office makes of a cookie on a request: the user, or null (to the login). */
async function userOfCookie(cookie: string) {
  const token = (await decode({ token: cookie, secret })) as JWT;
  const session = await authOptions.callbacks!.session!({ session: { user: {}, expires: "" }, token } as never);
  return userOfSession(session);
}

async function editAs(email: string, change: Record<string, string>) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const { values, record } = (await userForEditing(user.id))!;
  const result = await updateUser({ ...values, active: "on", ...change, id: user.id, version: record.version }, admin);
  expect(result).toMatchObject({ ok: true });
}

describe("sessions", () => {
  it("open the back office while the account's sessions are current", async () => {
    expect(await userOfCookie(await cookieFor("kim@example.org"))).toMatchObject({ email: "kim@example.org", role: "coordinator" });
  });

  it("end with sign-out, also for a copy of the cookie, while a later sign-in works", async () => {
    const cookie = await cookieFor("kim@example.org");
    const copy = cookie;
    const token = (await decode({ token: cookie, secret }))!;
    await authOptions.events!.signOut!({ token, session: null as never });
    expect(await userOfCookie(copy)).toBeNull();
    expect(await userOfCookie(await cookieFor("kim@example.org"))).toMatchObject({ email: "kim@example.org" });
  });

  it("end when an administrator sets a new password", async () => {
    const cookie = await cookieFor("lea@example.org");
    await editAs("lea@example.org", { password: "ein-ganz-neues-geheimnis" });
    expect(await userOfCookie(cookie)).toBeNull();
  });

  it("end when the role changes or the account is deactivated, but not when only the name changes", async () => {
    const renamed = await cookieFor("sam@example.org");
    await editAs("sam@example.org", { name: "Sam Neu" });
    expect(await userOfCookie(renamed)).toMatchObject({ name: "Sam Neu" });
    await editAs("sam@example.org", { role: "admin" });
    expect(await userOfCookie(renamed)).toBeNull();

    const deactivated = await cookieFor("eli@example.org");
    await editAs("eli@example.org", { active: "" });
    expect(await userOfCookie(deactivated)).toBeNull();
  });

  it("refuses a cookie issued before session numbers existed", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "kim@example.org" } });
    const old = await encode({ token: { sub: user.id, uid: user.id, role: "coordinator", organizationId: null }, secret });
    expect(await userOfCookie(old)).toBeNull();
  });
});
