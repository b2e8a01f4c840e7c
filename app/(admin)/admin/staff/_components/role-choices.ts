import { ROLE_LABEL } from "@/lib/labels";

/** The staff roles as radio choices, each with what it is for. */
export const ROLE_CHOICES = [
  { value: "COORDINATOR", label: ROLE_LABEL.COORDINATOR, hint: "Opportunities, the expert pool and payments" },
  { value: "ACADEMIC", label: ROLE_LABEL.ACADEMIC, hint: "Leads modules and asks for experts to be involved" },
  {
    value: "ADMIN",
    label: ROLE_LABEL.ADMIN,
    hint: "Sets up the partnership: universities, modules and staff. Also works as a coordinator",
  },
];
