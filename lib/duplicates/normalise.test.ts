import { describe, expect, it } from "vitest";
import { nameBlock, nameKey, ORGANISATION_TWIN, OFFER_TWIN, similarity } from "./normalise";

const score = (a: string, b: string) => similarity(nameKey(a), nameKey(b));

describe("twin names", () => {
  it("folds dashes, the legal form, case and umlauts", () => {
    expect(nameKey("Brücke Aachen-Damaskus e.V.")).toBe(nameKey("Brücke Aachen–Damaskus e. V."));
    expect(nameKey("BRUECKE Aachen — Damaskus eV")).toBe(nameKey("Brücke Aachen-Damaskus e.V."));
    expect(nameKey("Café Zuflucht gGmbH")).toBe(nameKey("Cafe Zuflucht"));
  });

  it("keeps the words that tell organisations apart", () => {
    expect(nameKey("Brücke Aachen-Damaskus e.V.")).toBe("bruecke aachen damaskus");
    expect(nameKey("e.V.")).not.toBe("");
  });

  it("scores a typo or another word order as a likely twin", () => {
    expect(score("Brücke Aachen-Damaskus e.V.", "Bruecke Aachen Damascus")).toBeGreaterThanOrEqual(ORGANISATION_TWIN);
    expect(score("Familienzentrum Haaren", "Haaren Familienzentrum")).toBe(1);
  });

  it("does not take neighbours for twins", () => {
    expect(score("Kita Sonnenschein", "Kita Regenbogen")).toBeLessThan(ORGANISATION_TWIN);
    expect(score("Städtische Kita 3", "Städtische Kita 4")).toBeLessThan(ORGANISATION_TWIN);
    expect(score("Deutsch A1 für Mütter", "Deutsch A2 für Mütter")).toBeLessThan(OFFER_TWIN);
  });

  it("puts spellings of one name in one block", () => {
    expect(nameBlock(nameKey("Brücke Aachen-Damaskus e.V."))).toBe(nameBlock(nameKey("BRUECKE AACHEN–DAMASKUS e. V.")));
  });
});
