/** Where notifications point. Kept in one place so a route rename is one edit. */
export const expertOpportunityLink = (opportunityId: string) => `/expert/opportunities/${opportunityId}`;
export const coordinatorSessionLink = (sessionId: string) => `/coordinator/sessions/${sessionId}`;
/** The day-after check-in, with "I'd like a debrief". */
export const checkInLink = (bookingId: string) => `/expert/bookings/${bookingId}/check-in`;
