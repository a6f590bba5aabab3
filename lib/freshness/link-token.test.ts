import { describe, expect, it } from "vitest";
import { checkLink, signLink } from "./link-token";

const secret = "a-secret-of-at-least-thirty-two-characters";
const claim = { requestId: "0b7c8a52-5d0e-4a56-9a43-6f1f3b1c2d3e", expiresAt: new Date("2026-12-20T10:00:00Z") };
const before = new Date("2026-12-10T10:00:00Z");

describe("the signed still-correct link", () => {
  it("names the request it was made for until it expires", () => {
    const token = signLink(claim, secret);
    expect(checkLink(token, secret, before)).toEqual({ ok: true, claim });
  });

  it("is refused once expired", () => {
    const token = signLink(claim, secret);
    expect(checkLink(token, secret, new Date("2026-12-20T10:00:01Z"))).toEqual({ ok: false, reason: "expired" });
  });

  it("is refused when signed with another secret", () => {
    const token = signLink(claim, "another-secret-of-thirty-two-characters!");
    expect(checkLink(token, secret, before)).toEqual({ ok: false, reason: "invalid" });
  });

  it("cannot be stretched or pointed at another request", () => {
    const [, , signature] = signLink(claim, secret).split(".");
    const later = signLink({ ...claim, expiresAt: new Date("2027-06-01T00:00:00Z") }, secret).split(".");
    const other = signLink({ ...claim, requestId: "another-request" }, secret).split(".");
    expect(checkLink(`${later[0]}.${later[1]}.${signature}`, secret, before).ok).toBe(false);
    expect(checkLink(`${other[0]}.${other[1]}.${signature}`, secret, before).ok).toBe(false);
  });

  it("refuses what is not a token at all", () => {
    for (const token of ["", "abc", "a.b", "a.b.c.d", "ä.b.c", `${"a".repeat(300)}.b.c`])
      expect(checkLink(token, secret, before)).toEqual({ ok: false, reason: "invalid" });
  });
});
