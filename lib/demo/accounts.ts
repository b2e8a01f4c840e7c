/** Demo sign-ins created by `npm run db:seed`; shown on the sign-in page only when they exist. */
export const DEMO_PASSWORD = "involve-demo-2026";

export const DEMO_ACCOUNTS = [
  { role: "COORDINATOR", email: "coordinator@northbridge.ac.uk", name: "Sam Okafor", label: "Coordinator" },
  { role: "ACADEMIC", email: "academic@northbridge.ac.uk", name: "Dr Priya Raman", label: "Academic" },
  { role: "EXPERT", email: "expert@involve.example", name: "Jo Whitfield", label: "Expert by experience" },
  { role: "ADMIN", email: "admin@northbridge.ac.uk", name: "Alex Morgan", label: "Admin" },
] as const;
