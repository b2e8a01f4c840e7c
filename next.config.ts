import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships ~15 MB of WebAssembly and data; keep it out of the bundles.
  // pg-boss, nodemailer and exceljs are plain Node libraries the server requires at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pglite-prisma-adapter",
    "pg-boss",
    "nodemailer",
    "exceljs",
  ],
  experimental: {
    authInterrupts: true,
    // Spreadsheet uploads reach the import actions as form data: up to 5 MB of file (lib/import/limits.ts).
    serverActions: { bodySizeLimit: "6mb" },
  },
  poweredByHeader: false,
  typedRoutes: false,
  // Lets several dev servers share one checkout (NEXT_DIST_DIR=.next-mine).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
