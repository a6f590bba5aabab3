// Simple inline icons for the taxonomy: no icon font and nothing loaded from elsewhere.
const paths: Record<string, string> = {
  speech: "M4 4h16v11H8l-4 4V4Zm4 4v2h8V8H8Zm0 3v2h5v-2H8Z",
  chat: "M3 5h12v8H7l-4 3V5Zm14 3h4v11l-3-2h-8v-2h7V8Z",
  family: "M7 4a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm10 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM4 11h6v9H4v-9Zm10 0h6v9h-6v-9Zm-2 4a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z",
  youth: "M12 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm-5 8h10l-1 10H8L7 11Z",
  work: "M9 4h6v2h5v13H4V6h5V4Zm2 2h2V5h-2v1Zm-5 4v2h12v-2H6Z",
  health: "M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7V3Z",
  home: "M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z",
  legal: "M11 3h2v2h6l-3 7a3 3 0 0 0 6 0l-3-7M11 5H5l3 7a3 3 0 0 1-6 0l3-7m6 0v14h4v2H7v-2h4",
  sport: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 3 2.5 2-1 3h-3l-1-3L12 5Zm-6 5 2 .5 1 3-1.5 2.5L5 14a7 7 0 0 1 1-4Zm12 0a7 7 0 0 1 1 4l-2.5 1.9-1.5-2.4 1-3 2-.5Zm-6 6.5 2 .5.5 2.7a7 7 0 0 1-5 0L10 17l2-.5Z",
  hands: "M12 21s-8-4.5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 6.5-8 11-8 11Z",
};

export function CategoryIcon({ name }: { name: string | null }) {
  const d = (name && paths[name]) || paths.speech!;
  return (
    <svg className="category-icon" aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
      <path d={d} fill="currentColor" />
    </svg>
  );
}
