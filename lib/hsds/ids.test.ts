import { describe, expect, it } from "vitest";
import { childId, TAXONOMY_IDS, taxonomyNameOf, uuidV5 } from "./ids";

describe("HSDS ids", () => {
  it("computes RFC 9562 version 5 UUIDs", () => {
    // The example of RFC 9562, appendix A.4 (DNS namespace, "www.example.com").
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("keeps the taxonomy ids equal to their derivation", () => {
    expect(TAXONOMY_IDS.category).toBe(uuidV5("taxonomy:category"));
    expect(TAXONOMY_IDS.audience).toBe(uuidV5("taxonomy:audience"));
    expect(taxonomyNameOf(TAXONOMY_IDS.audience.toUpperCase())).toBe("audience");
    expect(taxonomyNameOf("00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("derives a distinct, stable id per owner, kind and key", () => {
    const owner = "0b9c1b8e-4a43-4a8e-9d55-3a0f0c2b7f10";
    expect(childId(owner, "phone")).toBe(childId(owner, "phone"));
    expect(new Set([childId(owner, "phone"), childId(owner, "contact"), childId(owner, "language", "de")]).size).toBe(
      3,
    );
  });
});
