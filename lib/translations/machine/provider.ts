// A machine translation provider: German texts in, texts in one target language out, in the same
// order. The texts are XML markup (glossary terms as empty <x/> elements, see glossary.ts); a
// provider must keep those elements and answer markup again.
import type { TranslationTarget } from "../status";

export interface MachineTranslator {
  /** the provider's name for the audit log and the back office */
  readonly name: string;
  translate(markup: readonly string[], target: TranslationTarget): Promise<string[]>;
}

/** A provider answered with an error or something unreadable: the texts stay untranslated. */
export class ProviderError extends Error {
  constructor(
    readonly provider: string,
    message: string,
  ) {
    super(`${provider}: ${message}`);
  }
}

const TIMEOUT_MS = 30_000;

/** One JSON request to a provider; a timeout, an error status or a non-JSON answer throws ProviderError. */
export async function postJson(provider: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ProviderError(provider, `not reachable (${(error as Error).message})`);
  }
  const text = await response.text();
  if (!response.ok) throw new ProviderError(provider, `answered ${response.status} ${text.slice(0, 200)}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderError(provider, "answered something other than JSON");
  }
}
