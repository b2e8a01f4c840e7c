/** How a proposal reads as a draft opportunity's description: what, then why, in the proposer's words. */
export function proposalSummary({ what, why }: { what: string; why: string }): string {
  return `${what}\n\nWhy it would help: ${why}`;
}
