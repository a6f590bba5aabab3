import { describe, expect, it } from "vitest";
import { emptyReport, NAMES_PER_REASON, parseReport, reasonKey, refusedCount, tally } from "./summary";

describe("a bulk run's report", () => {
  it("counts done, unchanged and refused per reason with the records' names", () => {
    let report = emptyReport();
    report = tally(report, { done: true }, "Sprachcafé");
    report = tally(report, { unchanged: true }, "Elterncafé");
    report = tally(report, { refused: "forbidden" }, "Fremdes Angebot");
    report = tally(report, { refused: "organisationNotPublished" }, "Ohne Träger");
    report = tally(report, { refused: "forbidden" }, "Noch ein fremdes");
    expect(report).toEqual({
      done: 1,
      unchanged: 1,
      refused: [
        { reason: "forbidden", count: 2, names: ["Fremdes Angebot", "Noch ein fremdes"] },
        { reason: "organisationNotPublished", count: 1, names: ["Ohne Träger"] },
      ],
    });
    expect(refusedCount(report)).toBe(3);
  });

  it("keeps only the first names of a reason, however many records it refused", () => {
    let report = emptyReport();
    for (let i = 0; i < NAMES_PER_REASON + 5; i++) report = tally(report, { refused: "conflict" }, `Eintrag ${i}`);
    expect(report.refused[0]!.count).toBe(NAMES_PER_REASON + 5);
    expect(report.refused[0]!.names).toHaveLength(NAMES_PER_REASON);
    expect(report.refused[0]!.names[0]).toBe("Eintrag 0");
  });

  it("reads a stored report back, and an unreadable one as empty", () => {
    const report = tally(emptyReport(), { refused: "not_found" }, "Weg");
    expect(parseReport(JSON.stringify(report))).toEqual(report);
    expect(parseReport("{kaputt")).toEqual(emptyReport());
    expect(parseReport(null)).toEqual(emptyReport());
  });

  it("words a field's validation message as an invalid entry", () => {
    expect(reasonKey("publishedOffers")).toBe("publishedOffers");
    expect(reasonKey("tooLong")).toBe("invalid");
  });
});
