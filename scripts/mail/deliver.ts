// One pass over the outbox outside a server process, e.g. from cron where no server runs, or to
// push queued mail out right after SMTP_URL was fixed: sends what is due and prints what happened.
import { db } from "@/lib/db";
import { deliverDueMail } from "@/lib/mail/deliver";

async function main() {
  const report = await deliverDueMail({ batch: 500 });
  console.log(`sent ${report.sent}, to retry later ${report.retrying}, failed for good ${report.failed}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
