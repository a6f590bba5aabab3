const base = "http://return.invalid";

/**
 * A path inside the back office to return to, or null: only `/admin…` paths are followed, so that
 * a crafted link cannot send a signed-in user elsewhere (`//evil.example`, `/admin/../x` and
 * backslashes are refused). The path is checked as the browser will resolve it, so encoded dot
 * segments (`/admin/%2e%2e/x`) cannot leave the back office either.
 */
export function backOfficePath(value: string | null | undefined): string | null {
  if (!value || !/^\/admin(?:[/?#]|$)/.test(value) || /[\\]|\/\.\.?(?:[/?#]|$)/.test(value)) return null;
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return null;
  }
  if (resolved.origin !== base || !/^\/admin(?:\/|$)/.test(resolved.pathname)) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
