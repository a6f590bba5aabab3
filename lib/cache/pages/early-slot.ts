// Where the app leaves the function that answers cached pages before Next.js routes a request
// (lib/cache/pages/early.ts sets it at start, server.ts calls it). It is handed over on globalThis
// because the two are loaded apart: the one by Next.js's build, the other by Node.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Answers the request and resolves true, or touches nothing and resolves false. */
export type EarlyAnswer = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

const slot = globalThis as unknown as { wegweiserEarlyAnswer?: EarlyAnswer };

export function setEarlyAnswer(answer: EarlyAnswer) {
  slot.wegweiserEarlyAnswer = answer;
}

export function earlyAnswer(): EarlyAnswer | undefined {
  return slot.wegweiserEarlyAnswer;
}
