/** Everything Involve holds about the signed-in expert, as a zip (UK GDPR subject access). Their own only. */
import { defineRoute } from "@/lib/routes/route";
import { subjectAccessDownload } from "@/lib/subject-access/download";

export const GET = defineRoute({ name: "myDataDownload", area: "expert" }, async ({ user }) =>
  subjectAccessDownload({ expertId: user.expertId, partnershipId: user.partnershipId, requestedById: user.id }),
);
