import "server-only";
// Organisations stored before name keys existed, or written by a script that bypasses the forms,
// get their keys in the background, so twin lookups find them too. A batch at a time, short writes.
// better-sqlite3 answers at once, so a chain of awaited queries never gives the event loop a turn:
// between batches the pass yields, else thousands of organisations (a synthetic region) would hold
// every request of the process for seconds.
import { setImmediate as nextTurn } from "node:timers/promises";
import { backgroundLoop } from "../background/loop";
import { db } from "../db/index";
import { fillNameKeys } from "./twins";

const POLL_MS = 10 * 60_000;
const BATCH = 50;

const loop = backgroundLoop(
  "name-keys",
  POLL_MS,
  async () => {
    while ((await fillNameKeys(db, BATCH)) > 0) await nextTurn();
  },
  "filling organisation name keys failed",
);

export const startNameKeyFill = loop.start;
