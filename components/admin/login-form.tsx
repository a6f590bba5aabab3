"use client";
// Signing in goes through next-auth's credentials endpoint, which needs its CSRF token from the
// browser; the form therefore needs JavaScript and says so when it is missing.
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** The wait next-auth passes on as the error `throttled:<seconds>` (lib/auth/options.ts), or null. */
function waitSeconds(error: string | null | undefined): number | null {
  const match = /^throttled:(\d+)$/.exec(error ?? "");
  return match ? Number(match[1]) : null;
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("admin.login");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState("");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    const wait = waitSeconds(result?.error);
    setError(wait === null ? t("failed") : t("throttled", { seconds: wait }));
  }

  return (
    <form className="stack" onSubmit={submit} method="post" noValidate>
      <noscript>
        <p className="notice">{t("needsScript")}</p>
      </noscript>
      {error ? (
        <p className="error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="login-email">{t("email")}</label>
        <input id="login-email" name="email" type="email" className="input" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={error ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor="login-password">{t("password")}</label>
        <input id="login-password" name="password" type="password" className="input" autoComplete="current-password" required aria-invalid={error ? true : undefined} />
      </div>
      <button className="button" type="submit" disabled={busy} aria-busy={busy}>
        {busy ? t("busy") : t("submit")}
      </button>
    </form>
  );
}
