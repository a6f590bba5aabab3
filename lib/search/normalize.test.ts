import { describe, expect, it } from "vitest";
import { foldText, indexText, tokenize } from "./normalize";

describe("search folding", () => {
  it("treats umlauts and their spelled-out forms alike", () => {
    expect(foldText("Müller")).toBe(foldText("Mueller"));
    expect(foldText("Straße")).toBe(foldText("STRASSE"));
    expect(foldText("Förderung Ärzte Übersetzung")).toBe("foerderung aerzte uebersetzung");
  });

  it("drops accents of other languages", () => {
    expect(foldText("Café Résumé Çocuk")).toBe("cafe resume cocuk");
  });

  it("unifies Arabic and Persian letter variants and removes vowel marks", () => {
    expect(foldText("دَرْس")).toBe(foldText("درس"));
    expect(foldText("أطفال")).toBe(foldText("اطفال"));
    expect(foldText("كتاب")).toBe(foldText("کتاب"));
    expect(foldText("می‌خواهم")).toBe("میخواهم");
  });

  it("folds Cyrillic ё", () => {
    expect(foldText("Ёлка")).toBe("елка");
  });

  it("splits into words of letters and digits", () => {
    expect(tokenize("Deutschkurs (A1/B1) – Anfänger!")).toEqual(["deutschkurs", "a1", "b1", "anfaenger"]);
    expect(tokenize("دورة اللغة الألمانية")).toEqual(["دوره", "اللغه", "الالمانیه"]);
    expect(indexText("Sprach-Café", null, "Haaren")).toBe("sprach cafe haaren");
  });
});
