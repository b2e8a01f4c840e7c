"use client";

import { useState } from "react";

/** A read-only address with a label and a "Copy" button (the text can also be selected by hand). */
export function CopyField({ id, label, hint, value }: { id: string; label: string; hint?: string; value: string }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }
  return (
    <div className="mb-6">
      <label htmlFor={id} className="label">
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {/* A text area, so the whole address shows (wrapped) on a narrow screen. */}
      <textarea
        id={id}
        readOnly
        rows={3}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onFocus={(event) => event.currentTarget.select()}
        className="input mb-3 field-sizing-content resize-none font-mono text-base break-all"
        spellCheck={false}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" className="btn btn-secondary" onClick={copy}>
          Copy the address
        </button>
        <span role="status" className="font-bold">
          {copied === "yes" ? "Copied." : copied === "no" ? "Select the address and copy it yourself." : ""}
        </span>
      </div>
    </div>
  );
}
