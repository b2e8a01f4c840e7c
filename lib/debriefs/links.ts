/** Where debrief notifications point. */
export const coordinatorDebriefLink = (taskId: string) => `/coordinator/debriefs/${taskId}`;
export const DEBRIEFS_LIST = "/coordinator/debriefs";
