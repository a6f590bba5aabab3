// Machine translation of whole records: every non-empty field of a batch of records goes to the
// provider in one request, each with the glossary's terms protected, and comes back into the same
// fields. An empty German field stays empty.
import type { TranslationTarget } from "../status";
import { protect, termsFor, type GlossaryTerm } from "./glossary";
import type { MachineTranslator } from "./provider";

export type Texts = Record<string, string | null>;

export async function translateRecords(
  translator: MachineTranslator,
  glossary: readonly GlossaryTerm[],
  target: TranslationTarget,
  records: readonly Texts[],
): Promise<Texts[]> {
  const terms = termsFor(glossary, target);
  const jobs = records.flatMap((texts, record) =>
    Object.entries(texts).flatMap(([field, text]) => (text && text.trim() ? [{ record, field, ...protect(text.trim(), terms) }] : [])),
  );
  const answers = await translator.translate(
    jobs.map((job) => job.markup),
    target,
  );
  const out: Texts[] = records.map((texts) => Object.fromEntries(Object.keys(texts).map((field) => [field, null])));
  jobs.forEach((job, i) => {
    out[job.record]![job.field] = job.restore(answers[i] ?? "").trim();
  });
  return out;
}
