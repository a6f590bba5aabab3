// Every interface string exists in every locale: a key only in German would show German text in
// the middle of an Arabic page.
import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };
const load = (locale: string): Tree =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));

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
