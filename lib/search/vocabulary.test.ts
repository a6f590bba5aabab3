import { describe, expect, it } from "vitest";
import { Vocabulary } from "./vocabulary";

const vocabulary = new Vocabulary(
  [
    "deutschkurs",
    "deutschkurse",
    "sprachkurs",
    "integrationskurs",
    "beratung",
    "migrationsberatung",
    "haaren",
    "kita",
    "kind",
    "kinder",
  ].map((term, i) => ({ term, docCount: 100 - i })),
);

describe("Vocabulary.expand", () => {
  it("keeps an exact word and adds longer forms starting with it", () => {
    expect(vocabulary.expand("deutschkurs")).toEqual(["deutschkurs", "deutschkurse"]);
    expect(vocabulary.expand("kind")).toEqual(["kind", "kinder"]);
  });

  it("finds a word inside German compounds", () => {
    expect(vocabulary.expand("kurs").sort()).toEqual(["deutschkurs", "deutschkurse", "integrationskurs", "sprachkurs"]);
    expect(vocabulary.expand("beratung")).toEqual(["beratung", "migrationsberatung"]);
  });

  it("forgives a typo only when nothing matches as typed", () => {
    expect(vocabulary.expand("deutschkurz")).toEqual(["deutschkurs", "deutschkurse"]);
    expect(vocabulary.expand("sprachkurz")).toEqual(["sprachkurs"]);
    expect(vocabulary.expand("beratnug")).toEqual(["beratung"]);
    expect(vocabulary.expand("haaren")).toEqual(["haaren"]);
  });

  it("returns nothing for a word that is not close to any", () => {
    expect(vocabulary.expand("schwimmen")).toEqual([]);
    expect(vocabulary.expand("xy")).toEqual([]);
  });
});
