"use client";

import { useEffect } from "react";

const PREFIX = "Error: ";
/** How many error summaries are on screen now (a page may hold several forms). */
let shown = 0;

function apply() {
  const has = document.title.startsWith(PREFIX);
  if (shown > 0 && !has) document.title = PREFIX + document.title;
  if (shown === 0 && has) document.title = document.title.slice(PREFIX.length);
}

/**
 * GOV.UK: the page title starts "Error: " while the page shows an error summary, so a screen reader
 * user hears at once that the submit failed. Server-rendered error pages put it in their metadata;
 * this adds it after a failed submit in the browser, and takes it off once the summary goes.
 */
export function useErrorTitle(active: boolean) {
  useEffect(() => {
    if (!active) return;
    shown += 1;
    apply();
    // Next may write the page's title again (a refresh after the action): keep the prefix on.
    const title = document.querySelector("head > title");
    const observer = title ? new MutationObserver(apply) : null;
    if (title) observer?.observe(title, { childList: true, characterData: true, subtree: true });
    return () => {
      observer?.disconnect();
      shown -= 1;
      apply();
    };
  }, [active]);
}
