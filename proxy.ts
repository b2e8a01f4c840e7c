import { withAuth } from "next-auth/middleware";

// Convenience only: sends signed-out visitors to sign in. Every page and action still checks.
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = { matcher: ["/coordinator/:path*", "/expert/:path*", "/academic/:path*", "/admin/:path*"] };
