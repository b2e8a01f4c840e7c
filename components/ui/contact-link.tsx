/**
 * A phone number or email address as a link that calls or writes (tap-to-call on a phone):
 * `tel:` with spaces and punctuation other than a leading + taken out, `mailto:` as it is. The
 * text shown is the number or address as typed. Large enough to tap (44px line box).
 */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${trimmed.replace(/[^0-9]/g, "")}`;
}

export function ContactLink({
  phone,
  email,
  className,
  children,
}: { className?: string; children?: React.ReactNode } & (
  { phone: string; email?: never } | { email: string; phone?: never }
)) {
  const href = phone !== undefined ? telHref(phone) : `mailto:${email}`;
  return (
    <a href={href} className={className}>
      {children ?? phone ?? email}
    </a>
  );
}
