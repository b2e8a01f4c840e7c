import { z } from "zod";
import { ProgrammeLevel } from "@/lib/generated/prisma/enums";
import { FORM_BROKEN, recordId, requiredText } from "@/lib/validation/fields";
import { isAcademicYear } from "./academic-year";

const programmeFields = {
  name: requiredText(200, "Enter the programme's name", "Enter a name of 200 characters or fewer"),
  level: z.enum(ProgrammeLevel, "Choose the level of the programme"),
};

export const createProgrammeSchema = z.object({ institutionId: recordId("Choose an institution"), ...programmeFields });
export const updateProgrammeSchema = z.object({ programmeId: recordId(), ...programmeFields });

/** Retire (no longer offered for new work; history kept) or reinstate. */
const retireChoice = z.enum(["retire", "reinstate"], FORM_BROKEN);
export const retireProgrammeSchema = z.object({ programmeId: recordId(), change: retireChoice });
export const retireModuleSchema = z.object({ moduleId: recordId(), change: retireChoice });

export const academicYear = (missing = "Enter the academic year, for example 2026/27") =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(7, "Enter the academic year like 2026/27")
    .refine(isAcademicYear, "Enter the academic year like 2026/27 (the second year follows the first)");

/** A module code: what the form and the spreadsheet import both accept. */
export const MODULE_CODE = { max: 20, pattern: /^[A-Za-z0-9][A-Za-z0-9 ./-]*$/ } as const;
/** Years of study run from 1 to 5 (a degree with a placement or integrated master's year at most). */
export const YEARS_OF_STUDY = { min: 1, max: 5 } as const;

const moduleFields = {
  code: requiredText(
    MODULE_CODE.max,
    "Enter the module code, for example SW101",
    "Enter a code of 20 characters or fewer",
  ).refine((v) => MODULE_CODE.pattern.test(v), "Use letters, numbers, spaces, dots, dashes or slashes in the code"),
  title: requiredText(200, "Enter the module title", "Enter a title of 200 characters or fewer"),
  yearOfStudy: z.coerce
    .number({ error: "Enter the year of study, from 1 to 5" })
    .int("Enter the year of study as a whole number, from 1 to 5")
    .min(1, "Enter the year of study, from 1 to 5")
    .max(5, "Enter the year of study, from 1 to 5"),
  academicYear: academicYear(),
  /** Empty: no leader yet. */
  leaderId: z
    .string()
    .trim()
    .max(40, FORM_BROKEN)
    .regex(/^[A-Za-z0-9_-]*$/, FORM_BROKEN)
    .optional()
    .transform((v) => v || null),
};

export const createModuleSchema = z.object({ programmeId: recordId("Choose a programme"), ...moduleFields });
export const updateModuleSchema = z.object({ moduleId: recordId(), ...moduleFields });

/** Copy one institution's (or one programme's) modules from `fromYear` into the year after. */
export const rollModulesOnSchema = z.object({
  institutionId: recordId("Choose an institution"),
  programmeId: z
    .string()
    .trim()
    .max(40, FORM_BROKEN)
    .regex(/^[A-Za-z0-9_-]*$/, FORM_BROKEN)
    .optional()
    .transform((v) => v || null),
  fromYear: academicYear("Choose the academic year to copy from"),
});
