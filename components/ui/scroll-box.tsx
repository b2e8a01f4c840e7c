import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its content (usually a wide table) is wider than the screen.
 * It is a Tab stop with a role and a name, so keyboard users can reach it and scroll it with the
 * arrow keys (axe: scrollable-region-focusable), and screen readers announce what it holds.
 */
export function ScrollBox({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`overflow-x-auto ${className}`.trim()} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
