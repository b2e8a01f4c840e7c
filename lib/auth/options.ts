import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Role } from "@/lib/generated/prisma/enums";
import { authenticate } from "./credentials";

/**
 * The client address for per-address throttling. X-Forwarded-For is written by whoever sends the
 * request, so it is trusted only behind a proxy we run (TRUST_PROXY_HOPS = how many), and then
 * only the entry our nearest proxy appended. Without one there is no address key; the per-email
 * lock still applies.
 */
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
  hops = Number(process.env.TRUST_PROXY_HOPS ?? 0),
): string | null {
  if (!Number.isInteger(hops) || hops < 1) return null;
  const forwarded = headers?.["x-forwarded-for"];
  const entries = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  return entries[entries.length - hops] ?? null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => authenticate({ credentials, address: clientAddress(req?.headers) }),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = token.role as Role;
        session.user.sessionVersion = token.sv ?? 0;
      }
      return session;
    },
  },
};
