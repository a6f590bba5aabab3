import "server-only";
// Passwords people pick first are the ones attackers try first. zxcvbn-ts recognises the ~40,000
// most common passwords of breach corpora (@zxcvbn-ts/language-common), German and English words,
// names, keyboard walks, repeats, dates and l33t spellings, and estimates the guesses needed.
// A password must reach score 3 ("safely unguessable: moderate protection from offline attacks",
// about 10^8 guesses); the app's own words and the person's name and e-mail count as known too.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as german from "@zxcvbn-ts/language-de";

const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

// The dictionaries are a few megabytes; they load with the first check, not with every page.
function zxcvbn(): ZxcvbnFactory {
  return (estimator ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...german.dictionary,
      wegweiser: ["wegweiser", "aachen", "integrationszentrum", "kommunales"],
    },
    graphs: common.adjacencyGraphs,
  }));
}

/** Whether the password is among the common or easily guessed ones, given what is known of its owner. */
export function isGuessablePassword(password: string, about: string[] = []): boolean {
  // "Kim Müller" yields kim, müller and kimmüller; "kim.mueller@stadt.example" its parts as well.
  const known = about
    .map((text) => text.toLowerCase())
    .flatMap((text) => [
      ...text.split(/[^\p{L}\p{N}]+/u),
      text.split("@")[0]!.replace(/[^\p{L}\p{N}]+/gu, ""),
      text.replace(/[^\p{L}\p{N}]+/gu, ""),
    ])
    .filter((word) => word.length >= 3);
  return zxcvbn().check(password, known).score < MIN_SCORE;
}
