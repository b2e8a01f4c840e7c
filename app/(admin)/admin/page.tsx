import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/guard";
import { listInstitutions } from "@/lib/institutions/queries";

export const metadata: Metadata = { title: "Admin" };

export default async function Page() {
  const user = await requireArea("admin");
  const { items, academicYear } = await listInstitutions({ partnershipId: user.partnershipId });
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
        <div className="overflow-x-auto">
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
        </div>
      )}
    </>
  );
}
