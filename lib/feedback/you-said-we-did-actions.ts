"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/action";
import { deleteYouSaidWeDid, publishYouSaidWeDid, updateYouSaidWeDid } from "./you-said-we-did";
import {
  deleteYouSaidWeDidSchema,
  publishYouSaidWeDidSchema,
  updateYouSaidWeDidSchema,
} from "./you-said-we-did-schemas";

const revalidate = () => {
  revalidatePath("/coordinator/you-said-we-did");
  revalidatePath("/expert/you-said-we-did");
  revalidatePath("/expert");
};

export const publishYouSaidWeDidAction = defineAction(
  { name: "publishYouSaidWeDid", area: "coordinator", schema: publishYouSaidWeDidSchema },
  async (words, { user }) => {
    await publishYouSaidWeDid({ user, words });
    revalidate();
    return { message: "Published. Every expert in the partnership can now see it." };
  },
);

export const updateYouSaidWeDidAction = defineAction(
  { name: "updateYouSaidWeDid", area: "coordinator", schema: updateYouSaidWeDidSchema },
  async ({ id, ...words }, { user }) => {
    await updateYouSaidWeDid({ user, id, words });
    revalidate();
    return { message: "Your changes have been saved." };
  },
);

export const deleteYouSaidWeDidAction = defineAction(
  { name: "deleteYouSaidWeDid", area: "coordinator", schema: deleteYouSaidWeDidSchema },
  async ({ id }, { user }) => {
    await deleteYouSaidWeDid({ user, id });
    revalidate();
    redirect("/coordinator/you-said-we-did?done=deleted");
  },
);
