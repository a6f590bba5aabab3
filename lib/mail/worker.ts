import "server-only";
// Sends the outbox in the background of a server process: a pass every few seconds, and one at once
// when a request has just queued mail. Started once per process from instrumentation.ts.
import { backgroundLoop } from "../background/loop";
import { deliverDueMail } from "./deliver";

const POLL_MS = 10_000;

const loop = backgroundLoop("mail", POLL_MS, deliverDueMail, "the outbox could not be worked off");

export const startMailWorker = loop.start;
export const wakeMailWorker = loop.wake;
