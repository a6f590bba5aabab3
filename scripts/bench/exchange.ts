// `npm run bench:exchange [-- --records 500]`: the translation exchange at its bound, against a
// fresh SQLite database (and PostgreSQL when BENCH_POSTGRES_URL names a server). It adds the given
// number of offers with German texts, exports Farsi as XLIFF (the whole catalogue, to time the
// stream), fills in every title and summary as an agency would, and times the check and the
// import, which run on the request: on SQLite the import's transaction is as long as the server's
// thread is held. Then it imports the same file again, which must change nothing.
import { countArg, measureIn, onFreshDatabases, timedStep as timed } from "./fresh-databases";

const records = countArg("--records", 500);

async function measure(label: string) {
  const { db } = await import("../../lib/db");
  const { exportPieces } = await import("../../lib/translations/exchange/export");
  const { applyExchange, checkExchange } = await import("../../lib/translations/exchange/import");
  const admin = await db.user.create({ data: { email: "bench@example.org", name: "Benchmark", role: "admin" } });
  const actor = { id: admin.id, role: "admin" as const, organizationId: null };
  const org = await db.organization.create({
    data: { slug: "bench", name: "Bench e. V.", type: "migrant_organisation", status: "published" },
  });
  const offers = Array.from({ length: records }, (_, i) => ({
    id: crypto.randomUUID(),
    organizationId: org.id,
    slug: `bench-${i}`,
    status: "published" as const,
  }));
  for (let i = 0; i < offers.length; i += 500) {
    const chunk = offers.slice(i, i + 500);
    await db.offer.createMany({ data: chunk });
    await db.offerTranslation.createMany({
      data: chunk.map((o, j) => ({
        offerId: o.id,
        locale: "de",
        title: `Sprachkurs ${i + j}`,
        summary: "Deutsch lernen in kleinen Gruppen, mit Kinderbetreuung.",
        description: "Jeden Dienstag und Donnerstag am Vormittag. Bitte vorher anmelden.",
      })),
    });
  }
  console.log(`translation exchange: ${records} offers, ${label}`);
  const xliff = await timed(
    "export (XLIFF, streamed)",
    async () => {
      let text = "";
      for await (const piece of exportPieces({ locale: "fa", format: "xliff", scope: "open", kinds: ["offer"] }))
        text += piece;
      return text;
    },
    (text) => `${(text.length / 1024 / 1024).toFixed(1)} MB`,
  );
  const filled = xliff.replace(/(<source>([^<]*)<\/source>)/g, "$1<target>ترجمه: $2</target>");
  const file = { name: "fa.xlf", text: filled };
  type Outcome = Awaited<ReturnType<typeof checkExchange>>;
  const counts = (o: Outcome) =>
    o.ok
      ? `create ${o.data.counts.create}, update ${o.data.counts.update}, unchanged ${o.data.counts.unchanged}, reject ${o.data.counts.reject}`
      : `refused: ${o.formError}`;
  await timed("check", () => checkExchange(file, "fa", actor), counts);
  await timed("import", () => applyExchange(file, "fa", actor), counts);
  await timed("import again (same file)", () => applyExchange(file, "fa", actor), counts);
  await db.$disconnect();
}

async function main() {
  const target = process.env.BENCH_EXCHANGE_TARGET;
  if (target) return measure(target);
  await onFreshDatabases("exchange", (url, label) =>
    measureIn(url, label, {
      script: __filename,
      args: ["--records", String(records)],
      marker: "BENCH_EXCHANGE_TARGET",
    }),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
