import { describe, expect, it } from "vitest";
import { freshNonce, noncePlaceholder, withNonce } from "./nonce";

describe("nonces in cached pages", () => {
  it("gives every answer a nonce of its own in every script", () => {
    const stored = `<script nonce="${noncePlaceholder()}">a</script><link nonce="${noncePlaceholder()}">`;
    const a = freshNonce();
    const b = freshNonce();
    expect(a).not.toBe(b);
    expect(withNonce(stored, a)).toBe(`<script nonce="${a}">a</script><link nonce="${a}">`);
    expect(withNonce(stored, b)).not.toContain(noncePlaceholder());
  });

  it("keeps the page's length, which the inline React payload may count on", () => {
    expect(noncePlaceholder()).toHaveLength(freshNonce().length);
    expect(noncePlaceholder()).toBe(noncePlaceholder());
  });
});
