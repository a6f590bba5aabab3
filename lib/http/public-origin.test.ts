import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { backOfficePath } from "./back-office-path";
import { publicOriginOf } from "./public-origin";

describe("public origin", () => {
  it("is PUBLIC_URL when set, whatever NEXTAUTH_URL and the port say", () => {
    const env = parseEnv({
      PUBLIC_URL: "https://wegweiser.aachen.example",
      NEXTAUTH_URL: "http://127.0.0.1:3000",
      PORT: "3000",
    });
    expect(publicOriginOf(env)).toBe("https://wegweiser.aachen.example");
  });

  it("falls back to NEXTAUTH_URL, then to localhost on the configured port", () => {
    expect(publicOriginOf(parseEnv({ NEXTAUTH_URL: "https://login.example/" }))).toBe("https://login.example");
    expect(publicOriginOf(parseEnv({ PORT: "8080" }))).toBe("http://localhost:8080");
    expect(publicOriginOf(parseEnv({}))).toBe("http://localhost:3000");
  });

  it("refuses a PUBLIC_URL that is no origin, with a sentence naming it", () => {
    expect(() => parseEnv({ PUBLIC_URL: "https://stadt.example/wegweiser" })).toThrow(
      /^Configuration error: PUBLIC_URL must be an http\(s\) origin/,
    );
    expect(() => parseEnv({ PUBLIC_URL: "ftp://stadt.example" })).toThrow(/PUBLIC_URL/);
    expect(() => parseEnv({ PUBLIC_URL: "wegweiser.example" })).toThrow(/PUBLIC_URL/);
  });

  it("reads TRUSTED_PROXIES as a number of proxies and refuses anything else", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toBe(0);
    expect(parseEnv({ TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8" })).toThrow(
      /TRUSTED_PROXIES must be the number of reverse proxies/,
    );
    expect(() => parseEnv({ TRUSTED_PROXIES: "-1" })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("return paths in the back office", () => {
  it("follows only paths inside /admin", () => {
    expect(backOfficePath("/admin/offers/x?tab=2")).toBe("/admin/offers/x?tab=2");
    expect(backOfficePath("/admin")).toBe("/admin");
    for (const bad of [
      "//evil.example/admin",
      "https://evil.example/admin",
      "/administration",
      "/admin/../de",
      "/admin\\..\\x",
      "/admin/%2e%2e/de",
      "/admin/%2E%2E/%2e%2E/x",
      "/admin/.%2e/x",
      "",
      null,
    ])
      expect(backOfficePath(bad)).toBeNull();
  });
});
