// The measuring half of `npm run bench:search-quality`, run against the seeded database named by
// DATABASE_URL.
import { db } from "@/lib/db";
import { byLocale, evaluate } from "@/tests/search-quality/evaluate";

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);

async function main() {
  const scores = await evaluate();
  console.log("locale  queries  recall@5  precision@5   recall");
  const all = { locale: "all", queries: scores.length, ...mean(scores) };
  for (const row of [...byLocale(scores), all])
    console.log(
      `${row.locale.padEnd(6)}  ${String(row.queries).padStart(7)}  ${pct(row.recallAt5)}  ${pct(row.precisionAt5).padStart(11)}  ${pct(row.recall)}`,
    );
  if (process.argv.includes("--verbose"))
    for (const s of scores.filter((s) => s.recall < 1 || s.recallAt5 < 1))
      console.log(
        `  ${s.query.locale} "${s.query.q}": recall@5 ${pct(s.recallAt5)}, recall ${pct(s.recall)}, top: ${s.found.slice(0, 5).join(", ")}`,
      );
  await db.$disconnect();
}

function mean(scores: Awaited<ReturnType<typeof evaluate>>) {
  const avg = (pick: (s: (typeof scores)[number]) => number) =>
    scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return { recallAt5: avg((s) => s.recallAt5), precisionAt5: avg((s) => s.precisionAt5), recall: avg((s) => s.recall) };
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
