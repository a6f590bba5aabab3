"use client";
// Print and share need the browser; without JavaScript the address bar and the browser's own
// print command do the same, so nothing is lost when these buttons are absent.
import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function PageActions({ title, labels }: { title: string; labels: { print: string; share: string; copied: string } }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;

  async function share() {
    const url = window.location.href;
    if (navigator.share) {
      await navigator.share({ title, url }).catch(() => undefined);
    } else if (navigator.clipboard) {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    }
  }

  return (
    <p className="page-actions no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {labels.print}
      </button>
      <button type="button" className="button button--secondary" onClick={share}>
        {labels.share}
      </button>
      {copied ? <span role="status">{labels.copied}</span> : null}
    </p>
  );
}
