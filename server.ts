// The production server (`npm start`): Next.js's request handler on Node's HTTP server, with two
// things before it, answered directly instead of passing through Next.js's routing: a public page
// that is in the page cache and still current (lib/cache/pages/early.ts), already compressed, and
// the offer search, GET /api/offers (lib/offers/search-api-early.ts). Everything else, and every
// page not cached, Next.js answers as under `next start`.
//
//   npm start -- [-H host] [-p port] [--keepAliveTimeout ms]   (defaults: every address, PORT or 3000)
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { earlyAnswer } from "./lib/http/early-slot";

function options() {
  try {
    return parseArgs({
      options: {
        hostname: { type: "string", short: "H" },
        port: { type: "string", short: "p" },
        keepAliveTimeout: { type: "string" },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm start -- [-H host] [-p port] [--keepAliveTimeout ms]`);
    process.exit(1);
  }
}

const values = options();
// Without -H, every address (IPv4 and IPv6), as `next start` listens.
const hostname = values.hostname;
const port = Number(values.port ?? process.env.PORT ?? 3000);
const host = !hostname ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname;
// As `next start` sets them: the app's own requests (the page cache renders through this server)
// go to this address.
Object.assign(process.env, {
  NODE_ENV: "production",
  PORT: String(port),
  __NEXT_PRIVATE_ORIGIN: `http://${host}:${port}`,
});

function decodes(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  // Loaded after NODE_ENV is set: Next.js reads it when it loads.
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: __dirname, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    // A request target that is a whole address ("GET http://elsewhere/de") is for proxies; Next.js
    // would build its redirects from it.
    // Nor can an address whose escapes do not decode (/de/offers/%ZZ) name a page: Next.js would
    // answer it with a server error.
    if (!request.url?.startsWith("/") || !decodes(request.url)) {
      response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad Request\n");
      return;
    }
    const early = earlyAnswer();
    if (!early) return void handle(request, response);
    early(request, response)
      .catch((error: unknown) => {
        console.error("early answer failed", error);
        // Half an answer cannot be finished by Next.js: close the connection instead of leaving it open.
        if (response.headersSent) response.destroy();
        return response.headersSent;
      })
      .then((answered) => {
        if (!answered) void handle(request, response);
      });
  });
  if (values.keepAliveTimeout) server.keepAliveTimeout = Number(values.keepAliveTimeout);
  const ready = () => console.log(`› ready on http://${host}:${port}`);
  if (hostname) server.listen(port, hostname, ready);
  else server.listen(port, ready);

  // Stop taking requests, let running ones finish, then end (systemd and Ctrl-C send these).
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 10_000).unref();
    });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
