import "server-only";
// The provider the environment names, or none: then the back office offers no machine translation
// and saving German text queues nothing.
import { env } from "../../env";
import { deepl } from "./deepl";
import { libreTranslate } from "./libretranslate";
import type { MachineTranslator } from "./provider";

export function configuredTranslator(): MachineTranslator | null {
  const { MT_PROVIDER, MT_URL, MT_API_KEY } = env();
  if (MT_PROVIDER === "libretranslate" && MT_URL) return libreTranslate(MT_URL, MT_API_KEY);
  if (MT_PROVIDER === "deepl" && MT_API_KEY) return deepl(MT_API_KEY, MT_URL);
  return null;
}

export const machineTranslationEnabled = () => configuredTranslator() !== null;
