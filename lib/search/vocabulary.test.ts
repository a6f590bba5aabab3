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

  it("expands a word the index holds only to its own forms, never to a longer word of another meaning", () => {
    const words = new Vocabulary(
      [
        "ریاض",
        "ریاضه",
        "الریاضه",
        "rad",
        "radio",
        "radfahren",
        "курс",
        "курсор",
        "kurs",
        "kursleiter",
        "sprachkurs",
        "sprachkurse",
        "fahren",
      ].map((term) => ({ term, docCount: 5 })),
    );
    expect(words.expand("ریاض")).toEqual(["ریاض"]);
    expect(words.expand("rad")).toEqual(["rad"]);
    expect(words.expand("курс")).toEqual(["курс"]);
    expect(words.expand("kurs").sort()).toEqual(["kurs", "sprachkurs", "sprachkurse"]);
  });

  it("still completes a word the index does not hold, as it is being typed, in any script", () => {
    const words = new Vocabulary(["ریاضه", "kindergarten", "садочок"].map((term) => ({ term, docCount: 5 })));
    expect(words.expand("ریا")).toEqual(["ریاضه"]);
    expect(words.expand("kinderg")).toEqual(["kindergarten"]);
    expect(words.expand("садо")).toEqual(["садочок"]);
  });

  it("adds the stem keys the index holds, and a stem one letter off when nothing else matches", () => {
    const words = new Vocabulary([
      { term: "дозволу", docCount: 2 },
      { term: "~дозвол", docCount: 2 },
    ]);
    expect(words.expand("дозволи", ["~дозвол"])).toEqual(["~дозвол"]);
    expect(words.expand("дозвіл", ["~дозвіл"])).toEqual(["~дозвол"]);
  });
});
