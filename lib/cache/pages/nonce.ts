// Nonces for the Content-Security-Policy. A cached page is stored with a placeholder where Next.js
// put the nonce, and each response replaces it with a fresh one, so every response still carries a
// nonce nobody saw before. The placeholder has a nonce's length (the page's inline React payload
// may count characters) and is random per process, so no text in the catalogue can contain it.
export function freshNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

const slot = globalThis as unknown as { wegweiserNoncePlaceholder?: string };

export function noncePlaceholder(): string {
  return (slot.wegweiserNoncePlaceholder ??= freshNonce());
}

export function withNonce(html: string, nonce: string): string {
  return html.split(noncePlaceholder()).join(nonce);
}
