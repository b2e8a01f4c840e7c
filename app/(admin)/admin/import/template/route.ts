import { templateDownload } from "@/lib/import/area";
import { defineRoute } from "@/lib/routes/route";

export const GET = defineRoute({ name: "adminImportTemplate", area: "admin" }, async ({ request }) =>
  templateDownload("admin", new URL(request.url).searchParams),
);
