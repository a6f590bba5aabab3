// Every interface string exists in every locale: a key only in German would show German text in
// the middle of an Arabic page.
import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };
const load = (locale: string, folder = ""): Tree =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../messages", folder, `${locale}.json`), "utf8"));

function leaves(tree: Tree, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const german = new Map(leaves(load("de")));

describe.each(locales)("messages/%s.json", (locale) => {
  const messages = new Map(leaves(load(locale)));

  it("has every key the German catalogue has, and no others", () => {
    expect([...german.keys()].filter((key) => !messages.has(key))).toEqual([]);
    expect([...messages.keys()].filter((key) => !german.has(key))).toEqual([]);
  });

  it("has no empty strings and only valid ICU messages", () => {
    for (const [key, message] of messages) {
      expect(message.trim(), key).not.toBe("");
      expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
    }
  });
});

describe("messages/admin (German and English back office)", () => {
  it("has the same keys in both languages, all valid", () => {
    const de = new Map(leaves(load("de", "admin")));
    const en = new Map(leaves(load("en", "admin")));
    expect([...de.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !de.has(key))).toEqual([]);
    for (const [key, message] of en) expect(() => new IntlMessageFormat(message, "en"), key).not.toThrow();
  });
});
