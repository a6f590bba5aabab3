// The journeys' machine translation provider: the LibreTranslate stand-in on a fixed port, which
// scripts/e2e-server.sh names in MT_URL.
import { startTranslationServer } from "../../tests/support/translation-server";

export const TRANSLATOR_PORT = 3198;

export default async function startTranslator() {
  const server = await startTranslationServer(TRANSLATOR_PORT);
  return server.close;
}
