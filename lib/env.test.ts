import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("runs with no configuration at all", () => {
    const env = parseEnv({});
    expect(env.MAP_TILE_URL).toContain("{z}");
    expect(env.REVIEW_MAX_AGE_DAYS).toBe(365);
    expect(env.DIRECTIONS_URL).toBe("https://www.openstreetmap.org/directions?from={from}&to={to}");
  });

  it("stops with one sentence naming a bad variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mongodb://x" })).toThrow(
      /^Configuration error: DATABASE_URL DATABASE_URL must start/,
    );
    expect(() => parseEnv({ MAP_TILE_URL: "https://tiles.example.org/tile.png" })).toThrow(
      "Configuration error: MAP_TILE_URL must be an http(s) URL template containing {z}, {x} and {y}",
    );
    expect(() => parseEnv({ DIRECTIONS_URL: "https://routing.example/?start={from}" })).toThrow(
      "Configuration error: DIRECTIONS_URL must be an http(s) URL template containing {to} (and optionally {from})",
    );
    expect(() => parseEnv({ REVIEW_MAX_AGE_DAYS: "soon" })).toThrow(/REVIEW_MAX_AGE_DAYS/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET must be at least 16 characters/);
  });
});

describe("machine translation and the fallback chain", () => {
  it("needs no provider, and falls back to English, then German", () => {
    const env = parseEnv({});
    expect(env.MT_PROVIDER).toBeUndefined();
    expect(env.MT_RETRANSLATE_REVIEWED).toBe(false);
    expect(env.TRANSLATION_FALLBACK).toEqual(["en", "de"]);
  });

  it("ends every chain with German and refuses unknown languages", () => {
    expect(parseEnv({ TRANSLATION_FALLBACK: "ru, en" }).TRANSLATION_FALLBACK).toEqual(["ru", "en", "de"]);
    expect(() => parseEnv({ TRANSLATION_FALLBACK: "en,fr" })).toThrow(/TRANSLATION_FALLBACK names "fr"/);
  });

  it("names what a provider still needs", () => {
    expect(() => parseEnv({ MT_PROVIDER: "libretranslate" })).toThrow(/MT_URL is needed with MT_PROVIDER=libretranslate/);
    expect(() => parseEnv({ MT_PROVIDER: "deepl" })).toThrow(/MT_API_KEY is needed with MT_PROVIDER=deepl/);
    expect(() => parseEnv({ MT_PROVIDER: "google" })).toThrow(/MT_PROVIDER must be libretranslate or deepl/);
    expect(parseEnv({ MT_PROVIDER: "deepl", MT_API_KEY: "k:fx", MT_RETRANSLATE_REVIEWED: "true" }).MT_RETRANSLATE_REVIEWED).toBe(true);
  });
});
