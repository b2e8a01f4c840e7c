import { templateDownload } from "@/lib/import/area";
import { defineRoute } from "@/lib/routes/route";

export const GET = defineRoute({ name: "coordinatorImportTemplate", area: "coordinator" }, async ({ request }) =>
  templateDownload("coordinator", new URL(request.url).searchParams),
);
