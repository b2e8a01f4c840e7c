import { AppShell } from "@/components/layout/app-shell";
import { requireArea } from "@/lib/auth/guard";
import { NAV, withUnread } from "@/components/layout/nav";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { findDisplayChoices } from "@/lib/experts/profile-queries";
import { ROLE_LABEL } from "@/lib/labels";

// The shell only. Each page checks access itself too: layouts are not a security boundary.
export default async function Layout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("expert");
  const [unread, display] = await Promise.all([
    countUnreadNotifications({ userId: user.id }),
    findDisplayChoices({ userId: user.id }),
  ]);
  return (
    <AppShell
      home="/expert"
      nav={withUnread(NAV.expert, unread)}
      userName={user.name}
      roleLabel={ROLE_LABEL[user.role]}
      largerText={display.largerText}
    >
      {children}
    </AppShell>
  );
}
