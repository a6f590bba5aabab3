import "server-only";
// next-auth (v4) with e-mail and password. Sessions are signed JWTs that expire after eight hours,
// a working day. An OIDC provider (e.g. the city's Keycloak) joins when OIDC_ISSUER is set.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { clientAddress } from "../http/client-address";
import { signInWithPassword } from "./credentials";
import { OIDC_PROVIDER_ID, oidcProvider, userForSingleSignOn } from "./oidc";
import type { Role } from "./policy";
import { endSessions } from "./sessions";

const SESSION_SECONDS = 8 * 60 * 60;

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  /** a translator's languages, read with the account on every request (never part of the cookie) */
  languages?: string[];
};

/** The error code of a sign-in refused because a wait is in force: `throttled:<seconds>`. */
export const THROTTLED = "throttled";

const singleSignOn = oidcProvider(env());

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  providers: [
    CredentialsProvider({
      name: "E-Mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await signInWithPassword(
          String(credentials?.email ?? ""),
          String(credentials?.password ?? ""),
          clientAddress(request?.headers ?? {}),
        );
        // next-auth hands a thrown message to the login form as its error code.
        if (!result.ok && result.waitSeconds > 0) throw new Error(`${THROTTLED}:${result.waitSeconds}`);
        return result.ok ? result.user : null;
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
          token.sv = known.sessionVersion;
        }
      } else if (user) {
        const u = user as unknown as SessionUser & { sessionVersion: number };
        token.uid = u.id;
        token.role = u.role;
        token.organizationId = u.organizationId;
        // The account's session version at sign-in; lib/auth/session.ts refuses the cookie once
        // the account's number has moved on.
        token.sv = u.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      const user = session.user as (SessionUser & { sessionVersion?: number }) | undefined;
      if (user) {
        user.id = String(token.uid);
        user.role = token.role as Role;
        user.organizationId = (token.organizationId as string | null) ?? null;
        user.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      }
      return session;
    },
  },
  events: {
    // Signing out ends every session of the account, not only this browser's cookie: a copy of the
    // cookie (another device, a stolen one) stops working as well.
    async signOut({ token }) {
      if (typeof token?.uid === "string" && typeof token.sv === "number") await endSessions(token.uid, token.sv);
    },
  },
};
