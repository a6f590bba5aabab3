// One round of still-correct requests outside a server process, e.g. from cron where no server runs:
// queues this round's mail for every partner editor not yet asked in it, and prints what happened.
// The mail itself goes out with the outbox (`npm run mail:deliver` or a running server).
import { db } from "@/lib/db";
import { sendFreshnessRequests } from "@/lib/freshness/send";

async function main() {
  const report = await sendFreshnessRequests();
  console.log(`requests queued ${report.sent}, already asked this round ${report.alreadyAsked}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
