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
      <footer className="border-t-4 border-brand bg-paper py-6 text-base">
        <div className="page-width">
          <p>Involve — involving people with lived experience in social work education, fairly.</p>
        </div>
      </footer>
    </>
  );
}
