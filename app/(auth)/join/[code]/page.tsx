import "server-only";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { canonicalJoinCode } from "@/lib/invitations/join-code";
import { findUsableToken } from "@/lib/invitations/tokens";

export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer" };

/**
 * The link in a staff invitation, short enough to type: /join/ABCD-EFGH-JKMN (any case, dashes
 * optional). A code that works goes on to choosing a password; any other is a 404 that says what
 * to do (./not-found.tsx), the same whether it never existed or has expired.
 */
export default async function Page({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = canonicalJoinCode(decodeURIComponent(raw));
  if (!code || !(await findUsableToken({ token: code }))) notFound();
  redirect(`/set-password?token=${code}`);
}
