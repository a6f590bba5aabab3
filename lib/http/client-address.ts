// Who is asking: the address the login throttle and the inquiry limit count per.
//
// What `next start` does with X-Forwarded-For (node_modules/next/dist/server/base-server.js,
// handleRequestImpl): `req.headers['x-forwarded-for'] ??= socket.remoteAddress`. It fills the header
// with the connecting address only when the request has none and never appends to it. So:
// - A request straight from a browser carries its own address, unless the client sent the header
//   itself; then what it sent is all the app sees, and the real address is gone.
// - Behind reverse proxies that append the address they were connected from (nginx's
//   $proxy_add_x_forwarded_for, Apache's mod_proxy, Caddy, Traefik), the last entry is what the
//   proxy next to the app saw, the one before it what the proxy before that saw, and everything
//   further left came from the client and proves nothing.
// The app never sees the proxy's own address, so trust cannot be given by listing proxy addresses;
// TRUSTED_PROXIES counts the proxies instead, and the client is the entry that many places from
// the right. Without proxies (0), the single address Next.js filled in is used; a header a client
// made up with several entries or something that is no address is counted as one shared sender,
// which costs a forger more than it gains. Run the app behind a proxy that sets the header: only
// then can no client choose its own address.
import { isIP } from "node:net";
import { env } from "../env";

/** Stands for every request whose address cannot be known (a forged or missing header). */
export const UNKNOWN_ADDRESS = "unknown";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function forwardedFor(headers: HeaderSource): string | undefined {
  if (headers instanceof Headers) return headers.get("x-forwarded-for") ?? undefined;
  const value = headers["x-forwarded-for"];
  return Array.isArray(value) ? value.join(",") : value;
}

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client; anything that is no address is unknown. */
function normalise(entry: string | undefined): string {
  const value = entry
    ?.trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return value && isIP(value) ? value.toLowerCase() : UNKNOWN_ADDRESS;
}

export function clientAddressFrom(headers: HeaderSource, trustedProxies: number): string {
  const entries = (forwardedFor(headers) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (trustedProxies === 0) return entries.length === 1 ? normalise(entries[0]) : UNKNOWN_ADDRESS;
  // Fewer entries than proxies: the request did not come through all of them.
  if (entries.length < trustedProxies) return UNKNOWN_ADDRESS;
  return normalise(entries[entries.length - trustedProxies]);
}

export function clientAddress(headers: HeaderSource): string {
  return clientAddressFrom(headers, env().TRUSTED_PROXIES);
}
