"use client";
import { useErrorTexts } from "@/components/shell/error-texts";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <div className="prose" role="alert">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <button className="button" type="button" onClick={reset}>
        {t.retry}
      </button>
    </div>
  );
}
