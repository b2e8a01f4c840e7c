import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/guard";
import { findOpportunityHeading } from "@/lib/opportunities/queries";
import { addSessionAction } from "@/lib/sessions/actions";
import { SessionForm } from "../../../../sessions/session-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Add a session" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("coordinator");
  const { id } = await params;
  const opportunity = await findOpportunityHeading({ id, institutionId: user.institutionId });
  if (!opportunity || opportunity.status === "CANCELLED" || opportunity.status === "CLOSED") notFound();
  return (
    <>
      <BackLink href={`/coordinator/opportunities/${id}`}>Back to {opportunity.title}</BackLink>
      <span className="hint">{opportunity.title}</span>
      <h1>Add a session</h1>
      <SessionForm action={addSessionAction} hidden={{ opportunityId: opportunity.id }} submitLabel="Add session" />
    </>
  );
}
