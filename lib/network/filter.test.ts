import { describe, expect, it } from "vitest";
import { networkFilterQuery, parseNetworkFilter } from "./filter";

const now = new Date("2025-06-15T14:30:00Z");

describe("parseNetworkFilter", () => {
  it("keeps known values and the chosen day", () => {
    const filter = parseNetworkFilter(
      { type: "kita", programme: "ifkuf", district: "brand", relation: "funds", asOf: "2024-02-29" },
      now,
    );
    expect(filter).toEqual({
      type: "kita",
      programme: "ifkuf",
      district: "brand",
      relation: "funds",
      asOf: new Date("2024-02-29T00:00:00Z"),
    });
  });

  it("drops unknown values and falls back to today for a date that is no day", () => {
    const filter = parseNetworkFilter(
      { type: "castle", programme: "../etc", district: "paris", relation: "loves", asOf: "2023-02-29" },
      now,
    );
    expect(filter).toEqual({ asOf: new Date("2025-06-15T00:00:00Z") });
    expect(parseNetworkFilter({ asOf: "15.06.2025" }, now).asOf).toEqual(new Date("2025-06-15T00:00:00Z"));
  });

  it("reads URLSearchParams and repeated parameters alike", () => {
    expect(parseNetworkFilter(new URLSearchParams("type=network&relation=part_of"), now)).toMatchObject({
      type: "network",
      relation: "part_of",
    });
    expect(parseNetworkFilter({ district: ["mitte", "brand"] }, now).district).toBe("mitte");
  });
});

describe("networkFilterQuery", () => {
  it("survives the round trip through the address", () => {
    const filter = parseNetworkFilter(
      {
        type: "migrant_organisation",
        programme: "rucksack-kita",
        district: "kornelimuenster-walheim",
        relation: "cooperates_with",
        asOf: "2023-09-01",
      },
      now,
    );
    const query = networkFilterQuery(filter, now);
    expect(parseNetworkFilter(new URLSearchParams(query), now)).toEqual(filter);
  });

  it("leaves out what is not set, and today's date", () => {
    expect(networkFilterQuery(parseNetworkFilter({}, now), now)).toBe("");
    expect(networkFilterQuery({ asOf: new Date("2025-06-15T00:00:00Z"), district: "haaren" }, now)).toBe(
      "district=haaren",
    );
    expect(networkFilterQuery({ asOf: new Date("2020-01-31T00:00:00Z") }, now)).toBe("asOf=2020-01-31");
  });
});
