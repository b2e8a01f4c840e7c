import { AppShell } from "@/components/layout/app-shell";
import { NAV } from "@/components/layout/nav";
import { requireArea } from "@/lib/auth/guard";
import { ROLE_LABEL } from "@/lib/labels";

// The shell only. Each page checks access itself too: layouts are not a security boundary.
export default async function Layout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("admin");
  return (
    <AppShell home="/admin" nav={NAV.admin} userName={user.name} roleLabel={ROLE_LABEL[user.role]}>
      {children}
    </AppShell>
  );
}
