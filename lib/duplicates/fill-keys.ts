import "server-only";
// Organisations stored before name keys existed, or written by a script that bypasses the forms,
// get their keys in the background, so twin lookups find them too. A batch at a time, short writes.
import { backgroundLoop } from "../background/loop";
import { db } from "../db/index";
import { fillNameKeys } from "./twins";

const POLL_MS = 10 * 60_000;

const loop = backgroundLoop(
  "name-keys",
  POLL_MS,
  async () => {
    while ((await fillNameKeys(db)) > 0);
  },
  "filling organisation name keys failed",
);

export const startNameKeyFill = loop.start;
