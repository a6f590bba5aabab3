"use client";
// Saves the view as it stands: the page's query with the camera and the arranged positions, which
// only the browser knows, so the form sends them itself rather than as form fields. What was typed
// stays in the field when the save is refused.
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";

export type SaveViewInput = {
  name: string;
  query: string;
  camera: { x: number; y: number; ratio: number } | null;
  positions: Record<string, [number, number]> | null;
};
export type SaveViewResult = { ok: true; name: string; href: string } | { ok: false; error: string };
export type SaveViewAction = (input: SaveViewInput) => Promise<SaveViewResult>;

type Props = {
  action: SaveViewAction;
  snapshot: () => Omit<SaveViewInput, "name">;
  labels: { title: string; name: string; submit: string; saved: string; errors: Record<string, string> };
};

export function NetworkSaveForm({ action, snapshot, labels }: Props) {
  const [name, setName] = useState("");
  const [result, setResult] = useState<SaveViewResult | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    startTransition(async () => setResult(await action({ name, ...snapshot() })));
  };
  const error = result && !result.ok ? (labels.errors[result.error] ?? labels.errors.invalid) : null;
  return (
    <form className="card stack network-save" onSubmit={submit} aria-labelledby="network-save">
      <h2 id="network-save">{labels.title}</h2>
      <div className="field">
        <label htmlFor="network-view-name">{labels.name}</label>
        <input
          id="network-view-name"
          className="input"
          value={name}
          maxLength={120}
          required
          onChange={(e) => setName(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "network-view-error" : undefined}
        />
        {error ? (
          <p id="network-view-error" className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
      {result?.ok ? (
        <p role="status">
          {labels.saved.replace("{name}", result.name)}{" "}
          <Link prefetch={false} href={result.href}>
            {result.name}
          </Link>
        </p>
      ) : null}
    </form>
  );
}
