"use client";
// Copies a link to the clipboard and says so; without a clipboard (or script) the link beside it
// can still be selected and copied by hand.
import { useState } from "react";

export function CopyLink({ text, labels }: { text: string; labels: { copy: string; copied: string } }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {labels.copy}
      </button>
      <span role="status" className="muted">
        {copied ? ` ${labels.copied}` : ""}
      </span>
    </>
  );
}
