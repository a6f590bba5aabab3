// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers that do not depend on the request, on every response (also on the cached pages server.ts
// answers itself). The Content-Security-Policy needs a fresh nonce per request and is set in proxy.ts.
const securityHeaders = require("./lib/security/static-headers.json");

// CI_FRESH_BUILD=1 (.ci/run): the one build of a clone thrown away after the tests, whose types CI
// has just checked (`npm run typecheck`): it keeps no cache and does not check them again.
const freshBuild = process.env.CI_FRESH_BUILD === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // proxy.ts sees requests as sent: Next.js would otherwise strip the headers and the _rsc
  // parameter of client-side navigations, and the page cache (lib/cache/pages/policy.ts) would
  // answer them with a whole HTML page instead of the app's navigation data.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // The app runs on its own server next to its database; a standalone bundle is not needed.
  // pdfkit reads its data files from disk next to its own code at run time.
  // esbuild bundles the service worker when the build renders /serwist/sw.js (app/serwist/[path]/route.ts);
  // it must run from node_modules, as @serwist/turbopack's withSerwist would also arrange.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "esbuild", "pdfkit"],
  // An import file may have up to 10 MB (lib/hsds/import/run.ts); both limits default to less or just that.
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
    ...(freshBuild ? { turbopackFileSystemCacheForBuild: false } : {}),
  },
  ...(freshBuild ? { typescript: { ignoreBuildErrors: true } } : {}),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
