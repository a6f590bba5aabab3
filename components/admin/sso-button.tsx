"use client";
// Sign-in through the configured OpenID Connect provider; next-auth fetches its CSRF token first.
import { signIn } from "next-auth/react";
import { useState } from "react";

export function SsoButton({ providerId, label, callbackUrl }: { providerId: string; label: string; callbackUrl: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={busy}
      aria-busy={busy}
      onClick={() => {
        setBusy(true);
        void signIn(providerId, { callbackUrl });
      }}
    >
      {label}
    </button>
  );
}
