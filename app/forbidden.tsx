import Link from "next/link";
import { Footer } from "@/components/layout/footer";
import { Header } from "@/components/layout/header";

export default function Forbidden() {
  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <h1>You cannot see this page</h1>
        <p className="mb-4">This part of Involve is for a different role from yours.</p>
        <p>
          <Link href="/">Go to your home page</Link>
        </p>
      </main>
      <Footer />
    </>
  );
}
