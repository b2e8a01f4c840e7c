import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { requireArea } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Your data" };

export default async function Page() {
  await requireArea("expert");
  return (
    <div className="max-w-3xl">
      <BackLink href="/expert/profile">My profile</BackLink>
      <h1>Your data</h1>
      <p className="mb-4">
        You can download a copy of everything Involve holds about you, whenever you like. The law calls this your right
        of access.
      </p>

      <h2>What you get</h2>
      <p className="mb-3">
        One zip file. Inside are spreadsheets (CSV files) that open in Excel, LibreOffice or Google Sheets, one JSON
        file with the same information for computers, and a short README file that explains each one. It has:
      </p>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>your account and profile, and the choices you have made, such as how we contact you</li>
        <li>the groups you belong to</li>
        <li>the places you asked for or were given on sessions</li>
        <li>your payments and expenses</li>
        <li>the feedback you gave</li>
        <li>records of involvement made from sessions you went to</li>
        <li>your messages inside Involve, and the emails we wrote to you</li>
        <li>the record of what was done on your account, by you and by staff</li>
        <li>sign-in attempts, and when links to set your password were made</li>
      </ul>
      <p className="mb-6">
        It does not include your password or secret links, or other people&rsquo;s details: a session is named by its
        title, time and university, not by who else was there.
      </p>

      <a href="/expert/my-data/download" className="btn" download>
        Download everything Involve holds about you
      </a>

      <h2 className="mt-10">Something wrong or missing?</h2>
      <p>
        Tell your named contact or the university that arranges your involvement. You can ask for anything wrong to be
        put right. If you cannot use the download, they can send you a copy.
      </p>
    </div>
  );
}
