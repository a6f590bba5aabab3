import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("runs with no configuration at all", () => {
    const env = parseEnv({});
    expect(env.MAP_TILE_URL).toContain("{z}");
    expect(env.REVIEW_MAX_AGE_DAYS).toBe(365);
  });

  it("stops with one sentence naming a bad variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mongodb://x" })).toThrow(
      /^Configuration error: DATABASE_URL DATABASE_URL must start/,
    );
    expect(() => parseEnv({ MAP_TILE_URL: "https://tiles.example.org/tile.png" })).toThrow(
      "Configuration error: MAP_TILE_URL must be an http(s) URL template containing {z}, {x} and {y}",
    );
    expect(() => parseEnv({ REVIEW_MAX_AGE_DAYS: "soon" })).toThrow(/REVIEW_MAX_AGE_DAYS/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET must be at least 16 characters/);
  });
});
