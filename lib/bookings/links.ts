/** Where notifications point. Kept in one place so a route rename is one edit. */
export const expertOpportunityLink = (opportunityId: string) => `/expert/opportunities/${opportunityId}`;
export const coordinatorSessionLink = (sessionId: string) => `/coordinator/sessions/${sessionId}`;
