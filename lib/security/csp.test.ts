import { describe, expect, it } from "vitest";
import { buildCsp } from "./csp";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("buildCsp", () => {
  it("allows scripts only with the request's nonce", () => {
    const csp = buildCsp("abc123");
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  it("admits exactly the configured tile server as a foreign origin", () => {
    const csp = buildCsp("n", { tileUrl: "https://tiles.example.org/osm/{z}/{x}/{y}.png" });
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: blob: https://tiles.example.org");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'");
    const sub = buildCsp("n", { tileUrl: "https://{s}.tile.example.net/{z}/{x}/{y}.png" });
    expect(directive(sub, "img-src")).toContain("https://*.tile.example.net");
  });
});
