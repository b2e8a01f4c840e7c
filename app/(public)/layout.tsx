import { Footer } from "@/components/layout/footer";
import { Header } from "@/components/layout/header";

// Pages anyone can read, signed in or not: no role area, no navigation.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width w-full flex-1 py-8">
        {children}
      </main>
      <Footer />
    </>
  );
}
