import { describe, expect, it } from "vitest";
import { ConceptLexicon } from "./concepts";
import { typedWords } from "./normalize";

const lexicon = new ConceptLexicon([
  { termId: "kids", text: "Eltern und Kinder", name: true },
  { termId: "kids", text: "الآباء والأطفال", name: true },
  { termId: "kids", text: "Kita", name: false },
  { termId: "kids", text: "садочок", name: false },
  { termId: "kids", text: "رياض الأطفال", name: false },
  { termId: "kids", text: "детский сад", name: false },
  { termId: "sport", text: "Freizeit und Sport", name: true },
  { termId: "sport", text: "رياضة", name: false },
]);
const words = (text: string) => typedWords(text);

describe("concepts", () => {
  it("maps a synonym or a word of a term's name to the term, whatever its case, umlauts or form", () => {
    expect(lexicon.termsOf(words("KITA")[0]!)).toEqual(["kids"]);
    expect(lexicon.termsOf(words("Sport")[0]!)).toEqual(["sport"]);
    expect(lexicon.termsOf(words("садочки")[0]!)).toEqual(["kids"]);
    expect(lexicon.termsOf(words("Kinder")[0]!)).toEqual(["kids"]);
  });

  it("does not take the joining words of a name as concepts", () => {
    expect(lexicon.termsOf(words("und")[0]!)).toEqual([]);
  });

  it("reads a phrase as one concept, even in another case", () => {
    expect(lexicon.phrasesIn(words("رياض الأطفال"))).toEqual([{ start: 0, end: 2, termIds: ["kids"] }]);
    expect(lexicon.phrasesIn(words("Sprachkurs детского сада"))).toEqual([{ start: 1, end: 3, termIds: ["kids"] }]);
  });

  it("does not read a phrase's first word as a sport (رياض is not رياضة)", () => {
    expect(lexicon.termsOf(words("رياض")[0]!)).toEqual([]);
  });

  it("lists a term's one-word synonyms in every language", () => {
    expect(lexicon.synonymsOf(["kids"]).map((w) => w.typed)).toEqual(["Kita", "садочок"]);
  });
});
