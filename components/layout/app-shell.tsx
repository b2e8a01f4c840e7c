import { Footer } from "./footer";
import { Header, type NavItem } from "./header";

export function AppShell({
  home,
  nav,
  userName,
  roleLabel,
  largerText,
  children,
}: {
  home: string;
  nav?: readonly NavItem[];
  userName?: string;
  roleLabel?: string;
  /** The person chose larger text: bigger type and spacing on every page of their area. */
  largerText?: boolean;
  children: React.ReactNode;
}) {
  return (
    <>
      <Header home={home} nav={nav} userName={userName} roleLabel={roleLabel} />
      <main
        id="main"
        tabIndex={-1}
        className={`page-width w-full flex-1 py-8 outline-none ${largerText ? "larger-text" : ""}`}
      >
        {children}
      </main>
      <Footer />
    </>
  );
}
