// Runs once when the server starts: bad configuration stops it before the first request, the
// offer search and cached pages are offered to server.ts to answer before Next.js, the outbox worker starts sending queued mail, the import and translation runners start working off
// their queued jobs, and the schedule asks partners whether their entries are still correct.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    try {
      env();
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
    // A build only renders pages; sending mail and importing are the running server's work.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { setEarlyAnswers } = await import("./lib/http/early-slot");
      const { answerSearchApi } = await import("./lib/offers/search-api-early");
      const { answerCachedPage } = await import("./lib/cache/pages/early");
      setEarlyAnswers([answerSearchApi, answerCachedPage]);
      const { startMailWorker } = await import("./lib/mail/worker");
      startMailWorker();
      const { startImportRunner } = await import("./lib/hsds/import/job/runner");
      startImportRunner();
      const { startTranslationRunner } = await import("./lib/translations/jobs/runner");
      startTranslationRunner();
      const { startBulkRunner } = await import("./lib/bulk/runner");
      startBulkRunner();
      const { startNameKeyFill } = await import("./lib/duplicates/fill-keys");
      startNameKeyFill();
      const { startFreshnessSchedule } = await import("./lib/freshness/worker");
      startFreshnessSchedule();
    }
  }
}
