import "server-only";
// next-auth (v4) with e-mail and password. Sessions are signed JWTs that expire after eight hours,
// a working day. An OIDC provider (e.g. the city's Keycloak) joins when OIDC_ISSUER is set.
import bcrypt from "bcryptjs";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { env } from "../env";
import { OIDC_PROVIDER_ID, oidcProvider, userForSingleSignOn } from "./oidc";
import type { Role } from "./policy";
import { loginAllowed, recordFailure, recordSuccess } from "./throttle";

const SESSION_SECONDS = 8 * 60 * 60;

export type SessionUser = { id: string; email: string; name: string; role: Role; organizationId: string | null };

const singleSignOn = oidcProvider(env());

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  providers: [
    CredentialsProvider({
      name: "E-Mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const email = String(credentials?.email ?? "").trim().toLowerCase();
        const password = String(credentials?.password ?? "");
        const forwarded = request?.headers?.["x-forwarded-for"];
        const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() || "local";
        if (!email || !password) return null;
        if (!loginAllowed(email, ip)) throw new Error("throttled");
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, role: true, organizationId: true, passwordHash: true, active: true },
        });
        // Compare even when the user is unknown, so that timing does not tell which e-mails exist.
        const ok = await bcrypt.compare(password, user?.passwordHash ?? "$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinv");
        if (!user || !user.active || !ok) {
          recordFailure(email, ip);
          return null;
        }
        recordSuccess(email);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId };
      },
    }),
    ...(singleSignOn ? [singleSignOn] : []),
  ],
  callbacks: {
    // A provider's sign-in counts only for an e-mail an administrator has given an active account.
    async signIn({ user, account }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      return (await userForSingleSignOn(user.email)) !== null;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === OIDC_PROVIDER_ID) {
        const known = await userForSingleSignOn(user.email);
        if (known) {
          token.uid = known.id;
          token.role = known.role;
          token.organizationId = known.organizationId;
        }
      } else if (user) {
        const u = user as unknown as SessionUser;
        token.uid = u.id;
        token.role = u.role;
        token.organizationId = u.organizationId;
      }
      return token;
    },
    session({ session, token }) {
      const user = session.user as SessionUser | undefined;
      if (user) {
        user.id = String(token.uid);
        user.role = token.role as Role;
        user.organizationId = (token.organizationId as string | null) ?? null;
      }
      return session;
    },
  },
};
