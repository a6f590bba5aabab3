// Several server processes on one database act as one: what one process counts or changes, the
// others see. Each process here is a separate Node process with its own Prisma client, as two
// `next start` behind a balancer would be.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { PUBLIC_VERSION_MAX_AGE_MS } from "@/lib/search/version";
import { kitaInquiry } from "../support/inquiry";
import type { Command } from "../support/server-process";
import { seedReferenceAndProgrammes } from "../support/seed";

const root = path.resolve(__dirname, "../..");

type ServerProcess = { send: (command: Command) => Promise<unknown>; stop: () => Promise<void> };

function startProcess(): ServerProcess {
  const child: ChildProcessWithoutNullStreams = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions", "react-server", path.join(root, "tests/support/server-process.ts")],
    { cwd: root, env: { ...process.env, INQUIRY_RATE_LIMIT: "5" } },
  );
  const waiting: Array<{ resolve: (value: unknown) => void; reject: (error: Error) => void }> = [];
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const answer = JSON.parse(line) as { ok: true; value: unknown } | { ok: false; error: string };
    const next = waiting.shift()!;
    if (answer.ok) next.resolve(answer.value);
    else next.reject(new Error(answer.error));
  });
  let errors = "";
  child.stderr.on("data", (chunk) => (errors += chunk));
  child.on("exit", (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`process exited with ${code}: ${errors}`));
  });
  return {
    send: (command) =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${JSON.stringify(command)}\n`);
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin.end();
      }),
  };
}

const password = "ein-langes-geheimes-passwort";
let first: ServerProcess;
let second: ServerProcess;

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  await db.user.create({
    data: { email: "kim@example.org", name: "Kim", role: "coordinator", passwordHash: await hashPassword(password) },
  });
  [first, second] = [startProcess(), startProcess()];
  // Both are up and are really two processes.
  const pids = await Promise.all([first.send({ op: "pid" }), second.send({ op: "pid" })]);
  expect(new Set([process.pid, ...pids]).size).toBe(3);
});

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

describe("two server processes on one database", () => {
  it("share one login throttle: wrong passwords tried in one make the other wait", async () => {
    const address = "203.0.113.20";
    const wrong = { op: "signIn", email: "kim@example.org", password: "falsch-geraten-1234", address } as const;
    // The free tries are used up alternately in both processes …
    expect(await first.send(wrong)).toEqual({ ok: false, waitSeconds: 0 });
    expect(await second.send(wrong)).toEqual({ ok: false, waitSeconds: 0 });
    expect(await first.send(wrong)).toEqual({ ok: false, waitSeconds: 0 });
    // … so the next failure, in the second process, is one too many.
    const fourth = (await second.send(wrong)) as { waitSeconds: number };
    expect(fourth.waitSeconds).toBeGreaterThan(0);
    // While the wait is in force neither process checks even the right password.
    const right = { ...wrong, password };
    expect(await first.send(right)).toMatchObject({ ok: false });
    expect(((await first.send(right)) as { waitSeconds: number }).waitSeconds).toBeGreaterThan(0);
    // The owner from another address is not held back.
    expect(await second.send({ ...right, address: "198.51.100.10" })).toEqual({ ok: true });
  });

  it("share one inquiry rate limit per sender", async () => {
    const input = kitaInquiry;
    const address = "192.0.2.44";
    const results = [];
    // Five stored inquiries per hour, spread over both processes.
    for (const server of [first, second, first, second, first])
      results.push(await server.send({ op: "inquiry", input, address }));
    expect(results).toEqual(Array(5).fill({ ok: true }));
    const refused = { ok: false, fieldErrors: {}, formError: "rateLimited" };
    expect(await second.send({ op: "inquiry", input, address })).toEqual(refused);
    expect(await first.send({ op: "inquiry", input, address })).toEqual(refused);
    expect(await db.inquiry.count()).toBe(5);
  });

  it("see a change of the public version made by the other within the documented staleness", async () => {
    const before = (await second.send({ op: "publicVersion" })) as number;
    await first.send({ op: "bumpPublicVersion" });
    // The process that wrote sees its own change at once …
    expect(await first.send({ op: "publicVersion" })).toBe(before + 1);
    // … the other one at the latest once its copy of the version is older than the bound.
    await new Promise((resolve) => setTimeout(resolve, PUBLIC_VERSION_MAX_AGE_MS + 50));
    expect(await second.send({ op: "publicVersion" })).toBe(before + 1);
  });
});
