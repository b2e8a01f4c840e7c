import type { Metadata } from "next";
import Link from "next/link";
import { Footer } from "@/components/layout/footer";
import { Header } from "@/components/layout/header";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <Header home="/" />
      <main id="main" tabIndex={-1} className="page-width flex-1 py-8">
        <h1>Page not found</h1>
        <p className="mb-4">If you typed the web address, check it is correct.</p>
        <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
        <p>
          <Link href="/">Go to your home page</Link>
        </p>
      </main>
      <Footer />
    </>
  );
}
