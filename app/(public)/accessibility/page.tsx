import type { Metadata } from "next";
import { listPublicContacts } from "@/lib/institutions/public-contacts";
import { AccessibilityStatement } from "../_components/accessibility-statement";

export const metadata: Metadata = { title: "Accessibility statement" };

/** Public: the accessibility statement, with whom to tell about a problem, per university. */
export default async function Page() {
  return <AccessibilityStatement partnerships={await listPublicContacts()} />;
}
