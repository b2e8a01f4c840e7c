import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Home" };

export default async function Page() {
  const user = await requireArea("academic");
  return <h1>Welcome, {user.name}</h1>;
}
