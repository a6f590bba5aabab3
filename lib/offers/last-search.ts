// The search a visitor came from, kept in the tab's sessionStorage rather than in the address:
// offer pages are cached for everyone (lib/cache/pages/policy.ts keys them by path alone), so the
// link back to the results is filled in by the visitor's own browser.
const KEY = "wegweiser.lastSearch";

/** The results address, if it is this locale's offer search on this site; otherwise null. */
export function searchAddress(value: string | null, locale: string, origin: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, origin);
    if (url.origin !== origin || url.pathname !== `/${locale}/offers`) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

export function rememberSearch(address: string) {
  try {
    sessionStorage.setItem(KEY, address);
  } catch {
    // Storage may be off (private modes); the link then leads to the search page itself.
  }
}

export function lastSearch(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
