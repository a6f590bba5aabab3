// Where the app leaves the functions that answer requests before Next.js routes them (set at start
// by instrumentation.ts: cached pages, lib/cache/pages/early.ts, and the offer search,
// lib/offers/search-api-early.ts; server.ts calls them). They are handed over on globalThis because
// the two sides are loaded apart: the one by Next.js's build, the other by Node.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Answers the request and resolves true, or touches nothing and resolves false. */
export type EarlyAnswer = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

const slot = globalThis as unknown as { wegweiserEarlyAnswers?: EarlyAnswer[] };

export function setEarlyAnswers(answers: EarlyAnswer[]) {
  slot.wegweiserEarlyAnswers = answers;
}

/** Each early answer in order, until one answers; none before the app has started. */
export function earlyAnswer(): EarlyAnswer | undefined {
  const answers = slot.wegweiserEarlyAnswers;
  if (!answers?.length) return undefined;
  return async (request, response) => {
    for (const answer of answers) if (await answer(request, response)) return true;
    return false;
  };
}
