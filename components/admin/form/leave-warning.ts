"use client";
// Warns before a changed, unsaved form is left. Reloading or closing the tab gets the browser's own
// question (beforeunload); a click on a link inside the app gets ours, because the App Router has
// no navigation events to hook into: the click is caught before the link's own handler runs. A link
// marked data-keep-draft (to create a location the offer then uses) keeps what was typed instead.
import { useEffect } from "react";

function leavesPage(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return null;
  const to = new URL(link.href, location.href);
  // A jump within the page (the problem list's links to fields) leaves nothing behind.
  if (to.origin === location.origin && to.pathname === location.pathname && to.search === location.search) return null;
  return link;
}

export function useLeaveWarning(dirty: boolean, question: string, keep?: () => void) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when a value is set; none of them shows it.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = leavesPage(event);
      if (link && keep && link.dataset.keepDraft !== undefined) return keep();
      if (!link || window.confirm(question)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, question, keep]);
}
