import "server-only";
// Optional single sign-on. When OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set, the login
// page offers the provider next to the password. Accounts are still made by an administrator in
// Wegweiser: the provider proves who someone is, the role comes from the matching active user.
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db";
import type { Env } from "../env";

export const OIDC_PROVIDER_ID = "oidc";

type Profile = { sub: string; email?: string; name?: string; preferred_username?: string };

export function oidcProvider(env: Env): OAuthConfig<Profile> | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    profile: (profile) => ({
      id: profile.sub,
      email: profile.email ?? "",
      name: profile.name ?? profile.preferred_username ?? profile.email ?? "",
    }),
  };
}

/** The active Wegweiser user a provider's e-mail belongs to, or null: then sign-in is refused. */
export async function userForSingleSignOn(email: string | null | undefined) {
  const address = email?.trim().toLowerCase();
  if (!address) return null;
  const user = await db.user.findUnique({
    where: { email: address },
    select: { id: true, email: true, name: true, role: true, organizationId: true, active: true, sessionVersion: true },
  });
  if (!user?.active) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  const { id, name, role, organizationId, sessionVersion } = user;
  return { id, email: user.email, name, role, organizationId, sessionVersion };
}

/** The provider's name for the login page, or null when single sign-on is not configured. */
export function singleSignOnName(env: Env): string | null {
  return oidcProvider(env)?.name ?? null;
}
