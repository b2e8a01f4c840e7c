"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const cls = variant === "primary" ? "btn" : `btn btn-${variant}`;
  return (
    <button type="submit" className={cls} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {children}
    </button>
  );
}
