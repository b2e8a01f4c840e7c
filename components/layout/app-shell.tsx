import { Footer } from "./footer";
import { Header, type NavItem } from "./header";

export function AppShell({
  home,
  nav,
  userName,
  roleLabel,
  children,
}: {
  home: string;
  nav?: readonly NavItem[];
  userName?: string;
  roleLabel?: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <Header home={home} nav={nav} userName={userName} roleLabel={roleLabel} />
      <main id="main" tabIndex={-1} className="page-width w-full flex-1 py-8 outline-none">
        {children}
      </main>
      <Footer />
    </>
  );
}
