// Where the app lives, as visitors reach it. Behind a reverse proxy the address Next.js binds to
// (request.url is built from `next start`'s -H and -p, node_modules/next/dist/server/lib/router-utils/
// resolve-routes.js) is not one a visitor can open, and Host or X-Forwarded-Host can be sent by
// anyone. So every absolute link and redirect is built from one setting: PUBLIC_URL, else
// NEXTAUTH_URL (which next-auth needs anyway), else http://localhost:PORT for a local demo.
import { env, type Env } from "../env";

type Source = Pick<Env, "PUBLIC_URL" | "NEXTAUTH_URL" | "PORT">;

export function publicOriginOf(source: Source): string {
  const configured = source.PUBLIC_URL ?? source.NEXTAUTH_URL;
  return configured ? new URL(configured).origin : `http://localhost:${source.PORT}`;
}

let cached: string | undefined;

/** The public origin without a trailing slash, e.g. `https://wegweiser.aachen.de`. */
export function publicOrigin(): string {
  return (cached ??= publicOriginOf(env()));
}

/** An absolute address on the public origin for a path such as `/de/offers/x?y=1`. */
export function publicUrl(path: string): URL {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`not a path on this site: ${path}`);
  return new URL(path, publicOrigin());
}

/** Whether visitors reach the app over https, which is what Strict-Transport-Security may promise. */
export function servedOverHttps(): boolean {
  return publicOrigin().startsWith("https:");
}
