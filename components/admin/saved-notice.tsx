/** What a redirect after a write reports (created, deleted), announced politely as a save is. */
export function SavedNotice({ text }: { text?: string | null }) {
  return text ? (
    <p role="status" className="saved">
      {text}
    </p>
  ) : null;
}
