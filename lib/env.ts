// Configuration, parsed once. A missing or malformed variable stops the app with one sentence that
// names it, instead of failing later somewhere deep in a request.
import { z } from "zod";
import { resolveDatabase } from "./db/url";
import { DEFAULT_DIRECTIONS_URL, isDirectionsTemplate } from "./map/directions";
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from "./map/tiles";
import { fallbackChainSetting, machineTranslationSettings, refineMachineTranslation } from "./translations/machine/settings";

const PROXIES = "must be the number of reverse proxies in front of the app (0, 1, 2 …)";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        resolveDatabase(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  MAP_TILE_URL: z
    .string()
    .default(DEFAULT_TILE_URL)
    .refine((value) => /^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/.test(value), {
      message: "must be an http(s) URL template containing {z}, {x} and {y}",
    }),
  MAP_TILE_ATTRIBUTION: z.string().default(DEFAULT_TILE_ATTRIBUTION),
  // Routing site for "directions" on maps and offer pages; see lib/map/directions.ts.
  DIRECTIONS_URL: z.string().default(DEFAULT_DIRECTIONS_URL).refine(isDirectionsTemplate, {
    message: "must be an http(s) URL template containing {to} (and optionally {from})",
  }),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Where visitors reach the app; see lib/http/public-origin.ts.
  PUBLIC_URL: z
    .url()
    .optional()
    .refine((value) => !value || isOrigin(value), {
      message: "must be an http(s) origin such as https://wegweiser.example, without a path",
    }),
  PORT: z.coerce.number().int().positive().default(3000),
  // How many reverse proxies in front of the app add to X-Forwarded-For; see lib/http/client-address.ts.
  TRUSTED_PROXIES: z.coerce
    .number({ error: PROXIES })
    .int(PROXIES)
    .min(0, PROXIES)
    .max(10, PROXIES)
    .default(0),
  GEOCODER_URL: z.url().optional(),
  // Single sign-on through an OpenID Connect provider (e.g. the city's Keycloak realm).
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Single Sign-On"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Wegweiser <no-reply@localhost>"),
  REVIEW_MAX_AGE_DAYS: z.coerce.number().int().positive().default(365),
  // Partner editors' mail with their entries due for review (lib/freshness); 0 sends none.
  FRESHNESS_INTERVAL_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  FRESHNESS_LINK_DAYS: z.coerce.number().int().positive().max(90).default(14),
  FRESHNESS_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  INQUIRY_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  // Memory for rendered public pages per process (lib/cache/pages); 0 turns the page cache off.
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(128),
  // Machine translation and the languages a reader sees when a text is not in theirs.
  ...machineTranslationSettings,
  TRANSLATION_FALLBACK: fallbackChainSetting,
}).superRefine((value, ctx) => {
  refineMachineTranslation(value, ctx);
  const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean))
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET with it (set all three or none)" });
});

export type Env = z.infer<typeof schema>;

function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.pathname === "/" && !url.search && !url.hash;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`Configuration error: ${issue.path.join(".")} ${issue.message}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}
