"use client";
// Signing in goes through next-auth's credentials endpoint, which needs its CSRF token from the
// browser; the form therefore needs JavaScript and says so when it is missing.
import { signIn } from "next-auth/react";
import { useState } from "react";

type Text = Record<"email" | "password" | "submit" | "busy" | "failed" | "throttled" | "needsScript", string>;

export function LoginForm({ callbackUrl, text }: { callbackUrl: string; text: Text }) {
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
    setError(result?.error === "throttled" ? text.throttled : text.failed);
  }

  return (
    <form className="stack" onSubmit={submit} method="post" noValidate>
      <noscript>
        <p className="notice">{text.needsScript}</p>
      </noscript>
      {error ? (
        <p className="error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="login-email">{text.email}</label>
        <input id="login-email" name="email" type="email" className="input" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={error ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor="login-password">{text.password}</label>
        <input id="login-password" name="password" type="password" className="input" autoComplete="current-password" required aria-invalid={error ? true : undefined} />
      </div>
      <button className="button" type="submit" disabled={busy} aria-busy={busy}>
        {busy ? text.busy : text.submit}
      </button>
    </form>
  );
}
