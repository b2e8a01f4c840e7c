/**
 * A subject access request answered for someone (by post, say): everything Involve holds about one
 * expert of the coordinator's partnership, as a zip. Another partnership's expert is not found.
 */
import { defineRoute } from "@/lib/routes/route";
import { subjectAccessDownload } from "@/lib/subject-access/download";

export const GET = defineRoute<"coordinator", { id: string }>(
  { name: "expertDataDownload", area: "coordinator", notFound: "That expert could not be found." },
  async ({ user, params }) =>
    subjectAccessDownload({
      expertId: params.id.slice(0, 40),
      partnershipId: user.partnershipId,
      requestedById: user.id,
    }),
);
