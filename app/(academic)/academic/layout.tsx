import { AppShell } from "@/components/layout/app-shell";
import { requireArea } from "@/lib/auth/guard";
import { NAV, withUnread } from "@/components/layout/nav";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { ROLE_LABEL } from "@/lib/labels";

// The shell only. Each page checks access itself too: layouts are not a security boundary.
export default async function Layout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("academic");
  const unread = await countUnreadNotifications({ userId: user.id });
  return (
    <AppShell
      home="/academic"
      nav={withUnread(NAV.academic, unread)}
      userName={user.name}
      roleLabel={ROLE_LABEL[user.role]}
    >
      {children}
    </AppShell>
  );
}
