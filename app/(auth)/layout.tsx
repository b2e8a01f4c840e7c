import { Footer } from "@/components/layout/footer";

// Each signed-out page brings its own header and main; the footer is the same for all of them.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <Footer />
    </>
  );
}
