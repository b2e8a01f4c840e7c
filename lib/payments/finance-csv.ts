/**
 * The finance office's CSV: one line per payment, individuals first, then lines paid to a
 * partner organisation grouped by partner so each group can be invoiced together.
 */
import type { PaymentPreference } from "@/lib/generated/prisma/enums";
import { penceToDecimal, toDateInput } from "@/lib/format";
import { toCsv } from "@/lib/csv";

export const FINANCE_CSV_HEADER = [
  "payee",
  "method",
  "fee",
  "expenses",
  "total",
  "cost centre",
  "reference",
  "session",
  "date",
] as const;

export const CSV_METHOD: Record<PaymentPreference, string> = {
  BANK_TRANSFER: "Bank transfer",
  VOUCHER: "Voucher",
  EXPENSES_ONLY: "Expenses only",
  DECLINE: "Expenses only (fee declined)",
  PAID_VIA_PARTNER: "Partner invoice",
};

export type FinanceLine = {
  paymentId: string;
  method: PaymentPreference;
  expertName: string;
  partnerName: string | null;
  feePence: number;
  expensesPence: number;
  sessionTitle: string;
  sessionDate: Date;
};

export function financeCsv(lines: readonly FinanceLine[], costCentre: string): string {
  const rows = lines
    .map((line) => {
      const viaPartner = line.method === "PAID_VIA_PARTNER" && line.partnerName !== null;
      return { line, viaPartner, payee: viaPartner ? (line.partnerName as string) : line.expertName };
    })
    .sort(
      (a, b) =>
        Number(a.viaPartner) - Number(b.viaPartner) ||
        a.payee.localeCompare(b.payee, "en-GB") ||
        a.line.sessionDate.getTime() - b.line.sessionDate.getTime() ||
        a.line.paymentId.localeCompare(b.line.paymentId),
    )
    .map(({ line, viaPartner, payee }) => [
      payee,
      CSV_METHOD[line.method],
      penceToDecimal(line.feePence),
      penceToDecimal(line.expensesPence),
      penceToDecimal(line.feePence + line.expensesPence),
      costCentre,
      line.paymentId,
      viaPartner ? `${line.sessionTitle} (for ${line.expertName})` : line.sessionTitle,
      toDateInput(line.sessionDate),
    ]);
  return toCsv(FINANCE_CSV_HEADER, rows);
}
