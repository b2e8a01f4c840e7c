import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField, TextField } from "@/components/form/fields";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { formatShortDateTime } from "@/lib/format";
import { ROLE_LABEL } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";
import { listStaff, type StaffFilters } from "@/lib/staff/queries";
import { STAFF_ROLES, STAFF_STATUS, STAFF_STATUSES } from "@/lib/staff/schemas";
import { StaffStatusTag } from "./_components/status-tag";
import { listInstitutionChoices } from "@/lib/institutions/queries";
import { ScrollBox } from "@/components/ui/scroll-box";
import { ContactLink } from "@/components/ui/contact-link";

export const metadata: Metadata = { title: "Staff" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) || undefined)?.slice(0, 100);
const oneOf = <T extends string>(values: readonly T[], v?: string) =>
  v && (values as readonly string[]).includes(v) ? (v as T) : undefined;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("admin");
  const params = await searchParams;
  const { partnershipId } = user;
  const institutions = await listInstitutionChoices({ partnershipId });
  const filters: StaffFilters = {
    q: first(params.q),
    institutionId: oneOf(
      institutions.map((i) => i.id),
      first(params.institution),
    ),
    role: oneOf(STAFF_ROLES, first(params.role)),
    status: oneOf(STAFF_STATUSES, first(params.status)),
  };
  const { page, size } = pageFrom(params.page);
  const staff = await listStaff({ partnershipId, filters, page, size });
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="mb-0">Staff</h1>
        <Link href="/admin/staff/invite" className="btn">
          Invite someone
        </Link>
      </div>
      <p className="mb-6 max-w-3xl">
        Coordinators, academics and admins of every university in your partnership. Open someone to change their role,
        send a new invitation, or deactivate their account.
      </p>

      <FilterForm label="Filter staff" clear={filtered && { href: "/admin/staff" }}>
        <div className="grid gap-x-6 md:grid-cols-2 lg:grid-cols-4">
          <TextField name="q" label="Name or email" type="search" defaultValue={filters.q} maxLength={100} />
          <SelectField
            name="institution"
            label="University"
            options={institutions.map((i) => ({ value: i.id, label: i.name }))}
            placeholder="Any university"
            defaultValue={filters.institutionId}
          />
          <SelectField
            name="role"
            label="Role"
            options={STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
            placeholder="Any role"
            defaultValue={filters.role}
          />
          <SelectField
            name="status"
            label="Status"
            options={STAFF_STATUSES.map((s) => ({ value: s, label: STAFF_STATUS[s] }))}
            placeholder="Any status"
            defaultValue={filters.status}
          />
        </div>
      </FilterForm>

      <p className="mb-4" role="status">
        {staff.total === 0
          ? filtered
            ? "No staff match."
            : "No staff yet. Invite someone to start."
          : `${staff.total} ${staff.total === 1 ? "person" : "people"}${filtered ? (staff.total === 1 ? " matches" : " match") : ""}.`}
      </p>

      {staff.items.length > 0 && (
        <ScrollBox label="Staff accounts">
          <table className="table min-w-[44rem] [overflow-wrap:normal]">
            <caption className="sr-only">Staff accounts, by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">University</th>
                <th scope="col">Status</th>
                <th scope="col">Last signed in</th>
              </tr>
            </thead>
            <tbody>
              {staff.items.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="font-normal">
                    <Link href={`/admin/staff/${s.id}`} className="font-bold">
                      {s.name}
                    </Link>
                    <ContactLink email={s.email} className="block text-base break-all" />
                  </th>
                  <td>{ROLE_LABEL[s.role]}</td>
                  <td>{s.institution.name}</td>
                  <td>
                    <StaffStatusTag status={s.status} />
                  </td>
                  <td>
                    {s.lastSignInAt ? formatShortDateTime(s.lastSignInAt) : <span className="text-muted">Never</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <Pagination
        page={staff.page}
        pageCount={staff.pageCount}
        basePath="/admin/staff"
        params={{ q: filters.q, institution: filters.institutionId, role: filters.role, status: filters.status }}
      />
    </>
  );
}
