// A stand-in for one server process in tests of shared state: a process of its own with its own
// Prisma client (lib/db) on the database DATABASE_URL names, driven by one JSON command per line on
// stdin and answering one JSON line per command on stdout. It calls the same functions a request
// would: the sign-in with its throttle, the inquiry with its rate limit, and the version that cached
// public data is kept under.
import readline from "node:readline";
import { signInWithPassword } from "../../lib/auth/credentials";
import { db } from "../../lib/db";
import { createInquiry } from "../../lib/inquiries/create";
import { bumpPublicVersion } from "../../lib/search/version";
import { searchIndexVersion } from "../../lib/search/query";

export type Command =
  | { op: "signIn"; email: string; password: string; address: string }
  | { op: "inquiry"; input: Record<string, unknown>; address: string }
  | { op: "publicVersion" }
  | { op: "bumpPublicVersion" }
  | { op: "pid" };

async function run(command: Command): Promise<unknown> {
  switch (command.op) {
    case "signIn": {
      const result = await signInWithPassword(command.email, command.password, command.address);
      return result.ok ? { ok: true } : result;
    }
    case "inquiry": {
      const result = await createInquiry(command.input, { ip: command.address, honeypot: undefined, actor: null });
      return result.ok ? { ok: true } : result;
    }
    case "publicVersion":
      return searchIndexVersion();
    case "bumpPublicVersion":
      await db.$transaction((tx) => bumpPublicVersion(tx));
      return null;
    case "pid":
      return process.pid;
  }
}

const lines = readline.createInterface({ input: process.stdin });
// One command at a time, in order, as the test sends them.
let queue = Promise.resolve();
lines.on("line", (line) => {
  queue = queue.then(async () => {
    try {
      process.stdout.write(`${JSON.stringify({ ok: true, value: await run(JSON.parse(line) as Command) })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ ok: false, error: String(error) })}\n`);
    }
  });
});
lines.on("close", () => void queue.then(() => db.$disconnect()));
