import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/guard";
import { createOpportunityAction } from "@/lib/opportunities/actions";
import { listInstitutionModules } from "@/lib/opportunities/queries";
import { OpportunityForm } from "../opportunity-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New opportunity" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `?kind=group-meeting` posts a group meeting of the expert cohort: the same form, without module or stage. */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("coordinator");
  const groupMeeting = (await searchParams).kind === "group-meeting";
  const modules = groupMeeting ? [] : await listInstitutionModules({ institutionId: user.institutionId });
  return (
    <>
      <BackLink href="/coordinator/opportunities">Back to opportunities</BackLink>
      <h1>{groupMeeting ? "New group meeting" : "New opportunity"}</h1>
      {groupMeeting ? (
        <div className="mb-6 max-w-3xl space-y-3">
          <p>
            A group meeting is for the experts themselves: peer support, news and training, every few weeks. Experts
            sign up and you record who came, as for any session.
          </p>
          <p>
            It is paid at the rate card&apos;s group meeting rate, or not paid if you set £0.00. It never counts towards
            a module&apos;s involvement evidence.
          </p>
          <p>It is saved as a draft. Add at least one date, then publish it.</p>
        </div>
      ) : (
        <p className="mb-6 max-w-3xl">
          It is saved as a draft. Add at least one session, then publish it so experts in your partnership can sign up.
        </p>
      )}
      <OpportunityForm
        action={createOpportunityAction}
        modules={modules}
        groupMeeting={groupMeeting}
        submitLabel="Save draft"
      />
    </>
  );
}
