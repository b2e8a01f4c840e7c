/** Where feedback pages live. Kept in one place so a route rename is one edit (and pages can import it). */
export const feedbackLink = (bookingId: string) => `/expert/bookings/${bookingId}/feedback`;
