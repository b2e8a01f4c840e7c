import Link from "next/link";
import type { ReactNode } from "react";
import { formatShortDate } from "@/lib/format";

/** The heading of a column of amounts: right-aligned, on one line. */
export function AmountHeading({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="text-right whitespace-nowrap">
      {children}
    </th>
  );
}

/** An amount or count in a table row: right-aligned, on one line, digits lined up. */
export function AmountCell({ children, bold = false }: { children: ReactNode; bold?: boolean }) {
  return (
    <td
      className={
        bold ? "text-right font-bold whitespace-nowrap tabular-nums" : "text-right whitespace-nowrap tabular-nums"
      }
    >
      {children}
    </td>
  );
}

/** The row's heading: who is paid, linked to the payment, and how, underneath. */
export function PayeeCell({ href, name, detail }: { href: string; name: ReactNode; detail: ReactNode }) {
  return (
    <th scope="row" className="font-normal">
      <Link href={href} className="font-bold">
        {name}
      </Link>
      <span className="block text-base text-muted">{detail}</span>
    </th>
  );
}

/** The session a payment is for: its title, and its date underneath. */
export function SessionCell({ title, date }: { title: ReactNode; date: Date }) {
  return (
    <td>
      {title}
      <span className="block text-base text-muted">{formatShortDate(date)}</span>
    </td>
  );
}
