import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security/headers";

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
    "@node-rs/argon2",
  ],
  experimental: {
    authInterrupts: true,
    // Spreadsheet uploads reach the import actions as form data: up to 5 MB of file (lib/import/limits.ts).
    serverActions: { bodySizeLimit: "6mb" },
  },
  poweredByHeader: false,
  // Every response, static files included; the per-request CSP and HSTS are set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
  typedRoutes: false,
  // Lets several dev servers share one checkout (NEXT_DIST_DIR=.next-mine).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
