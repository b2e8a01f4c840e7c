"use client";

/** Opens the browser's print dialog (where "Save as PDF" is); hidden on the printout itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn-secondary print:hidden" onClick={() => window.print()}>
      {label}
    </button>
  );
}
