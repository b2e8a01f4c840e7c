/** The fee for one attended session, in integer pence. No floating point touches money. */
import type { PayBasis, PaymentPreference } from "@/lib/generated/prisma/enums";

export function sessionFeePence(input: {
  ratePence: number;
  basis: PayBasis;
  sessionMinutes: number;
  /** Paid preparation time, in minutes; paid at the hourly rate only for HOUR basis. */
  preparationMinutes?: number;
}): number {
  const { ratePence, basis, sessionMinutes, preparationMinutes = 0 } = input;
  if (basis !== "HOUR") return ratePence;
  // Round half up to the nearest penny, with integers only.
  return Math.floor((ratePence * (sessionMinutes + preparationMinutes) * 2 + 60) / 120);
}

/** Preferences that pay a fee; the others pay expenses only. */
export function paysFee(preference: PaymentPreference): boolean {
  return preference === "BANK_TRANSFER" || preference === "VOUCHER" || preference === "PAID_VIA_PARTNER";
}
