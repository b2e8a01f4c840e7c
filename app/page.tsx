import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";

export default async function Root() {
  const user = await getSessionUser();
  redirect(user ? homeFor(user.role) : "/sign-in");
}
