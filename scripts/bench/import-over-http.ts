// The import the load benchmark runs while it measures reads: the way a coordinator starts it, by
// signing in and sending the file to the import form's server action on /admin/data, on the
// running server, and then following the job as the page's progress bar does, by asking for it
// once a second. `startImport` is the one place that knows how. Once the job says it has finished,
// `verify` checks that the public offer count (the HSDS services list's total) has grown by the
// file's offers: that count reads the whole catalogue, so it is asked before and after the
// measured reads, never while they run.
import { createHash } from "node:crypto";

/** The coordinator account that scripts/bench/load-targets.ts makes sure of in the benchmark's database. */
export const BENCH_USER = { email: "bench-load@example.org", password: "bench-load-password-not-for-production" };

export type RunningImport = {
  /** when the job has ended, as the progress bar learns it */
  finished: Promise<{ seconds: number; status: number }>;
  /** throws unless the file's offers are public now */
  verify: () => Promise<void>;
};

type Cookies = Map<string, string>;
const cookieHeader = (cookies: Cookies) => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
function keep(cookies: Cookies, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

/** Sends the sign-in form as a browser does; answers the cookies and where next-auth sends it on. */
async function postCredentials(base: string, email: string, password: string, headers: Record<string, string> = {}) {
  const cookies: Cookies = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(cookies, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    body: new URLSearchParams({ csrfToken, email, password }),
    headers: { cookie: cookieHeader(cookies), ...headers },
    redirect: "manual",
  });
  keep(cookies, answer);
  return { cookies, status: answer.status, location: answer.headers.get("location") ?? "" };
}

async function signIn(base: string): Promise<Cookies> {
  const { cookies, status } = await postCredentials(base, BENCH_USER.email, BENCH_USER.password);
  if (![...cookies.keys()].some((name) => name.includes("session-token")))
    throw new Error(`sign-in for the import failed (${status})`);
  return cookies;
}

/**
 * Wrong passwords for one account, one after the other, each claiming another client address in
 * X-Forwarded-For as a forger would; answers the error each attempt was sent back with
 * (`CredentialsSignin`, or `throttled:<seconds>` once a wait is in force).
 */
export async function wrongSignIns(base: string, email: string, attempts: number): Promise<string[]> {
  const errors: string[] = [];
  for (let i = 0; i < attempts; i++) {
    const { location } = await postCredentials(base, email, "wrong-password-for-the-check", {
      "x-forwarded-for": `203.0.113.${i + 1}`,
    });
    errors.push(decodeURIComponent(new URL(location, base).searchParams.get("error") ?? "(none)"));
  }
  return errors;
}

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields React puts into the import form so that it can be sent without JavaScript. */
async function importFormFields(base: string, cookies: Cookies): Promise<Array<[string, string]>> {
  const page = await (await fetch(`${base}/admin/data`, { headers: { cookie: cookieHeader(cookies) } })).text();
  const fields = [...page.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/>/g)].map(
    (m): [string, string] => [unescapeHtml(m[1]!), unescapeHtml(m[2] ?? "")],
  );
  if (!fields.some(([name]) => name.startsWith("$ACTION_REF"))) throw new Error("no import form found on /admin/data");
  return fields;
}

async function publicOffers(base: string): Promise<number> {
  const page = (await (await fetch(`${base}/api/hsds/services?per_page=1`)).json()) as { total_items: number };
  return page.total_items;
}

/** The job the import form's answer names: the form shows it, and the page follows it by its id. */
function jobIdOf(html: string): string {
  const id = unescapeHtml(html).match(/"job":\{"id":"([\w-]+)"/)?.[1];
  if (!id) throw new Error("the import form's answer names no job");
  return id;
}

type JobState = { status: string; error?: string };

/** Starts importing `offers` new offers (a CSV file with Unix line ends) through `base`. */
export async function startImport(base: string, csvText: string, offers: number): Promise<RunningImport> {
  const cookies = await signIn(base);
  const fields = await importFormFields(base, cookies);
  const before = await publicOffers(base);
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.set("intent", "apply");
  // The fingerprint of the dry run that the form sends with "Import now": the file's SHA-256.
  form.set("checkedHash", createHash("sha256").update(csvText).digest("hex"));
  form.set("file", new Blob([csvText], { type: "text/csv" }), "bench-load.csv");
  const started = performance.now();
  const finished = (async () => {
    const response = await fetch(`${base}/admin/data`, {
      method: "POST",
      body: form,
      headers: { cookie: cookieHeader(cookies), origin: base },
    });
    const html = await response.text();
    if (response.status >= 400) throw new Error(`the import form answered ${response.status}`);
    const job = `${base}/admin/data/jobs/${jobIdOf(html)}`;
    for (;;) {
      const state = (await (await fetch(job, { headers: { cookie: cookieHeader(cookies) } })).json()) as JobState;
      if (state.status === "succeeded") break;
      if (state.status === "failed" || performance.now() - started > 600_000)
        throw new Error(`the import did not finish (${state.status}${state.error ? `: ${state.error}` : ""})`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
    return { seconds: (performance.now() - started) / 1000, status: response.status };
  })();
  // Counts are kept per public version, which this process rereads at most once a second: the
  // worker that committed the import is another thread.
  const verify = async () => {
    for (let tries = 0; ; tries++) {
      const now = await publicOffers(base);
      if (now >= before + offers) return;
      if (tries === 10) throw new Error(`the import made ${now - before} of ${offers} offers public`);
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  return { finished, verify };
}
