import "server-only";
// The schedule in the background of every server process: a pass an hour is plenty for a round of
// days, and the database decides which process sends (./send.ts).
import { backgroundLoop } from "../background/loop";
import { sendScheduledFreshnessRequests } from "./send";

const POLL_MS = 60 * 60_000;

const loop = backgroundLoop("freshness", POLL_MS, () => sendScheduledFreshnessRequests(), "the still-correct requests could not be sent");

export const startFreshnessSchedule = loop.start;
