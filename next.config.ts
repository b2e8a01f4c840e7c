import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships ~15 MB of WebAssembly and data; keep it out of the bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pglite-prisma-adapter"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typedRoutes: false,
  // Lets several dev servers share one checkout (NEXT_DIST_DIR=.next-mine).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
