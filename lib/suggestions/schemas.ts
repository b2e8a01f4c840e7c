import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

export const inviteToApplySchema = z.object({ sessionId: recordId(), expertId: recordId() });
