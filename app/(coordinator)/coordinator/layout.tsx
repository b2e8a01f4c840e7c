import { AppShell } from "@/components/layout/app-shell";
import { requireArea } from "@/lib/auth/guard";
import { NAV } from "@/components/layout/nav";
import { ROLE_LABEL } from "@/lib/labels";

// The shell only. Each page checks access itself too: layouts are not a security boundary.
export default async function Layout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("coordinator");
  return (
    <AppShell home="/coordinator" nav={NAV.coordinator} userName={user.name} roleLabel={ROLE_LABEL[user.role]}>
      {children}
    </AppShell>
  );
}
