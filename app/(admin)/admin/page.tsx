import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { setErasureRetentionAction } from "@/lib/erasure/actions";
import { findErasureRetention } from "@/lib/erasure/queries";
import { listInstitutions } from "@/lib/institutions/queries";
import { ScrollBox } from "@/components/ui/scroll-box";

const RETENTION_CHOICES = [
  { value: "12", label: "1 year after they leave" },
  { value: "24", label: "2 years after they leave" },
  { value: "36", label: "3 years after they leave" },
  { value: "72", label: "6 years after they leave" },
  { value: "never", label: "Never by itself: only when a coordinator erases them" },
];

export const metadata: Metadata = { title: "Admin" };

export default async function Page() {
  const user = await requireArea("admin");
  const [{ items, academicYear }, retention] = await Promise.all([
    listInstitutions({ partnershipId: user.partnershipId }),
    findErasureRetention({ partnershipId: user.partnershipId }),
  ]);
  const retentionValue = retention === null ? "never" : String(retention);
  const choices = RETENTION_CHOICES.some((c) => c.value === retentionValue)
    ? RETENTION_CHOICES
    : [{ value: retentionValue, label: `${retention} months after they leave` }, ...RETENTION_CHOICES];
  return (
    <>
      <h1>Set up your partnership</h1>
      <p className="mb-6 max-w-3xl">
        The institutions of your partnership, their programmes and modules. Coordinators and academics work with what
        you set up here.
      </p>
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/admin/institutions/new" className="inline-block min-h-11 py-2">
            Add an institution
          </Link>
        </li>
        <li>
          <Link href="/admin/modules" className="inline-block min-h-11 py-2">
            Programmes and modules
          </Link>
        </li>
      </ul>
      <h2>Institutions</h2>
      {items.length === 0 ? (
        <p>
          No institutions yet. <Link href="/admin/institutions/new">Add the first one</Link>.
        </p>
      ) : (
        <ScrollBox label="Institutions">
          <table className="table min-w-[36rem] [overflow-wrap:normal]">
            <caption className="sr-only">Institutions of your partnership, with what each has</caption>
            <thead>
              <tr>
                <th scope="col">Institution</th>
                <th scope="col" className="text-right">
                  Programmes
                </th>
                <th scope="col" className="text-right">
                  Modules in {academicYear}
                </th>
                <th scope="col" className="text-right">
                  Active staff
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    <Link href={`/admin/institutions/${i.id}`}>{i.name}</Link>
                    {!i.expertContactName && (
                      <span className="block text-base font-normal text-muted">No contact for experts yet</span>
                    )}
                  </th>
                  <td className="text-right">{i.programmeCount}</td>
                  <td className="text-right">
                    <Link href={`/admin/modules?institution=${i.id}&year=${encodeURIComponent(academicYear)}`}>
                      {i.currentModuleCount}
                      <span className="sr-only"> modules at {i.shortName}</span>
                    </Link>
                  </td>
                  <td className="text-right">{i.activeStaffCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <section aria-labelledby="retention-title" className="card mt-10 max-w-3xl">
        <h2 id="retention-title">Keeping the details of experts who have left</h2>
        <p className="mb-4">
          When an expert has left, their name, contact details, lived experience and access needs are erased after this
          time, every night, unless they are still owed money or have a session to come. Their payments and attendance
          are kept under a pseudonym, as finance and the modules&rsquo; evidence need them. Coordinators can erase
          someone sooner from their page.
        </p>
        <ActionForm action={setErasureRetentionAction} aria-label="Keeping the details of experts who have left">
          <SelectField name="months" label="Erase their details" options={choices} defaultValue={retentionValue} />
          <SubmitButton variant="secondary">Save</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
