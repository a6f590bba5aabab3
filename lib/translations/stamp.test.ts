import { describe, expect, it } from "vitest";
import { stampTranslations } from "./stamp";
import { sourceHash, translationState } from "./status";

const at = new Date("2026-01-02T03:04:05Z");
const oldGerman = { title: "Sprachkurs", summary: "Deutsch lernen.\nAbends." };
const newGerman = { title: "Sprachkurs am Abend", summary: "Deutsch lernen.\nAbends." };
const machine = {
  locale: "fa",
  title: "کلاس زبان",
  summary: "آلمانی یاد بگیرید.\nعصرها.",
  status: "machine" as const,
  sourceHash: sourceHash("offer", oldGerman),
  translatedAt: new Date("2025-01-01"),
};
const stored = [{ locale: "de", ...oldGerman }, machine];

describe("stamping the translations a form or an import writes", () => {
  it("keeps an unchanged translation as it was when only the German changes, so it reads as outdated", () => {
    const meta = stampTranslations("offer", { de: newGerman, fa: { title: machine.title, summary: machine.summary } }, stored, at);
    expect(meta.fa).toEqual({ status: "machine", sourceHash: machine.sourceHash, translatedAt: machine.translatedAt });
    expect(translationState(meta.fa, sourceHash("offer", newGerman))).toBe("outdated");
    // The German row carries the hash of its own texts.
    expect(meta.de!.sourceHash).toBe(sourceHash("offer", newGerman));
  });

  it("takes a browser's line breaks (CRLF) for the stored ones: a form sent back unchanged changes nothing", () => {
    const fromBrowser = { title: machine.title, summary: machine.summary.replace("\n", "\r\n") };
    const meta = stampTranslations("offer", { de: { ...oldGerman, summary: oldGerman.summary.replace("\n", "\r\n") }, fa: fromBrowser }, stored, at);
    expect(meta.fa!.status).toBe("machine");
    expect(translationState(meta.fa, meta.de!.sourceHash!)).toBe("machine");
  });

  it("counts a translation a person changed or added as reviewed and made from the German saved with it", () => {
    const meta = stampTranslations("offer", { de: newGerman, fa: { title: "کلاس زبان عصر", summary: machine.summary }, tr: { title: "Dil kursu", summary: "Almanca" } }, stored, at);
    for (const locale of ["fa", "tr"])
      expect(meta[locale]).toEqual({ status: "reviewed", sourceHash: sourceHash("offer", newGerman), translatedAt: at });
  });
});
