import type { TrainingCourse } from "@/lib/generated/prisma/enums";

/** Kept here rather than in lib/labels.ts so parallel work on that file merges cleanly. */
export const TRAINING_COURSE: Record<TrainingCourse, string> = {
  EQUALITY: "Equality and diversity",
  PRESENTATION_SKILLS: "Presentation skills",
  SHARING_YOUR_STORY_SAFELY: "Sharing your story safely",
  LOOKING_AFTER_YOURSELF: "Looking after yourself",
  SAFEGUARDING: "Safeguarding",
  OTHER: "Other",
};

/** The course's name as people see it: an "Other" course by its own title. */
export const trainingName = (r: { course: TrainingCourse; title: string }) =>
  r.course === "OTHER" ? r.title || "Other training" : TRAINING_COURSE[r.course];
