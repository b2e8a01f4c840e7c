import type { Metadata } from "next";
import { ERASED_CATEGORIES, KEPT_RECORDS } from "@/lib/erasure/erase";
import { listPublicContacts } from "@/lib/institutions/public-contacts";
import { deletedAutomatically, PAYMENT_RETENTION_YEARS } from "@/lib/privacy/retention";
import { PrivacyNotice } from "../_components/privacy-notice";

export const metadata: Metadata = { title: "Privacy notice" };

/** Public: what Involve holds, why, for how long, and whom to ask, per university. */
export default async function Page() {
  const partnerships = await listPublicContacts();
  return (
    <PrivacyNotice
      partnerships={partnerships}
      deleted={deletedAutomatically()}
      paymentYears={PAYMENT_RETENTION_YEARS}
      erased={ERASED_CATEGORIES}
      kept={KEPT_RECORDS}
    />
  );
}
