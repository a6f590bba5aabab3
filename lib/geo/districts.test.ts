import { describe, expect, it } from "vitest";
import { districtForStatisticalCode, districts, locateInAachen, statisticalDistricts } from "./districts";

describe("Aachen's districts", () => {
  it("has all 34 Statistische Bezirke, each in one of the seven Stadtbezirke", () => {
    expect(statisticalDistricts).toHaveLength(34);
    expect(new Set(statisticalDistricts.map((s) => s.district)).size).toBe(7);
    expect(statisticalDistricts.filter((s) => s.district === "mitte")).toHaveLength(25);
    expect(statisticalDistricts.filter((s) => s.district === "kornelimuenster-walheim").map((s) => s.name)).toEqual([
      "Kornelimünster",
      "Oberforstbach",
      "Walheim",
    ]);
    expect(districts.map((d) => d.code)).toHaveLength(7);
  });

  it("maps codes to Stadtbezirke as the city divides them", () => {
    expect(districtForStatisticalCode(10)).toBe("mitte");
    expect(districtForStatisticalCode(48)).toBe("mitte");
    expect(districtForStatisticalCode(53)).toBe("haaren");
    expect(districtForStatisticalCode(64)).toBe("laurensberg");
    expect(() => districtForStatisticalCode(70)).toThrow(/no Stadtbezirk/);
  });

  it("locates well-known places by their coordinates", () => {
    // Aachen Cathedral, the centre of Brand, Haaren's market square, Kornelimünster abbey.
    expect(locateInAachen(50.7745, 6.0839)).toMatchObject({ district: "mitte" });
    expect(locateInAachen(50.7489, 6.1652)).toMatchObject({ district: "brand" });
    expect(locateInAachen(50.7966, 6.1252)).toMatchObject({ district: "haaren", code: 53 });
    expect(locateInAachen(50.7268, 6.1777)).toMatchObject({ district: "kornelimuenster-walheim" });
  });

  it("says when a point is outside Aachen", () => {
    expect(locateInAachen(50.9375, 6.9603)).toBeNull(); // Cologne
    expect(locateInAachen(50.8514, 5.691)).toBeNull(); // Maastricht
  });
});
