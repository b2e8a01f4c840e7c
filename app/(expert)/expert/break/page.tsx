import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { DateInput } from "@/components/form/date-input";
import { Radios } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { BackLink } from "@/components/ui/back-link";
import { Notice } from "@/components/ui/notice";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { endBreakAction, takeBreakAction } from "@/lib/breaks/actions";
import { findMyBreak } from "@/lib/breaks/queries";
import { BREAK_UPDATES_TEXT } from "@/lib/breaks/status";
import { formatSessionTime } from "@/lib/format";
import { BOOKING_STATUS } from "@/lib/labels";
import { formatCalendarDate } from "@/lib/rates/dates";

export const metadata: Metadata = { title: "Take a break" };

const UPDATES_HINT = {
  PAYMENTS_ONLY: "Payments for sessions you have already done.",
  MY_BOOKINGS: "Also changes and reminders for sessions you are already booked on.",
  GROUP_NEWS: "Also news for the whole group, such as group meetings.",
} as const;

/**
 * The expert's own break: until a date or until they say, and which emails still reach them.
 * A break is theirs to take without a reason; it does not change their status with the coordinator.
 */
export default async function Page() {
  const user = await requireArea("expert");
  const myBreak = await findMyBreak({ expertId: user.expertId });
  const onBreak = myBreak?.onBreak ?? false;
  const upcoming = myBreak?.upcoming ?? [];

  return (
    <div className="max-w-3xl">
      <BackLink href="/expert">Home</BackLink>
      <h1>{onBreak ? "Your break" : "Take a break"}</h1>

      {onBreak && myBreak && (
        <Notice as="section" tone="info" aria-labelledby="now-title" className="mb-8">
          <h2 id="now-title">
            You are on a break{" "}
            {myBreak.breakUntil ? `until ${formatCalendarDate(myBreak.breakUntil)}` : "until you say"}
          </h2>
          <p className="mb-4">
            We email you: {BREAK_UPDATES_TEXT[myBreak.breakUpdates].toLowerCase()}. You can change this below.
          </p>
          <ActionForm action={endBreakAction} compact aria-label="End your break">
            <SubmitButton>I&rsquo;m back</SubmitButton>
          </ActionForm>
        </Notice>
      )}

      <section aria-labelledby="what-title" className="mb-8">
        <h2 id="what-title">What happens during a break</h2>
        <ul className="list-disc pl-6">
          <li>We will not offer you new places or suggest you to coordinators.</li>
          <li>Your coordinator can see that you are on a break. You do not need to give a reason.</li>
          <li>Sessions you are already booked on stay booked. If you cannot go, please withdraw from them.</li>
          <li>You can still look at opportunities and ask for a place if you want to.</li>
          <li>You will still be paid for sessions you have done.</li>
          <li>Your messages stay in Involve, so you can read them when you are back.</li>
        </ul>
      </section>

      {upcoming.length > 0 && (
        <section aria-labelledby="booked-title" className="mb-8">
          <h2 id="booked-title">Sessions you are booked on or asked for</h2>
          <p className="mb-2">These stay as they are. Open one to withdraw if you cannot go.</p>
          <ul className="divide-y divide-line border-y border-line">
            {upcoming.map((b) => (
              <li key={b.id} className="py-3">
                <Link href={`/expert/opportunities/${b.session.opportunity.id}`} className="font-bold">
                  {b.session.opportunity.title}
                </Link>
                <span className="block text-base">
                  {formatSessionTime(b.session.startsAt, b.session.endsAt)}{" "}
                  <Tag colour={b.status === "CONFIRMED" ? "green" : "yellow"}>{BOOKING_STATUS[b.status]}</Tag>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="form-title" className="mb-8">
        <h2 id="form-title">{onBreak ? "Change your break" : "Your break"}</h2>
        <ActionForm action={takeBreakAction} aria-label={onBreak ? "Change your break" : "Take a break"}>
          <Radios
            name="until"
            label="How long is your break?"
            defaultValue={onBreak ? (myBreak?.breakUntil ? "DATE" : "OPEN") : undefined}
            options={[
              { value: "DATE", label: "Until a date", hint: "Your break ends by itself after that day." },
              { value: "OPEN", label: "Until I say", hint: "Press “I’m back” on your home page when you are ready." },
            ]}
          />
          <DateInput
            name="breakUntil"
            label="Last day of your break, if until a date"
            hint="For example, 27 3 2027"
            defaultValue={myBreak?.breakUntil && onBreak ? myBreak.breakUntil.toISOString().slice(0, 10) : undefined}
          />
          <Radios
            name="updates"
            label="What would you still like us to email you about?"
            defaultValue={onBreak ? myBreak?.breakUpdates : "MY_BOOKINGS"}
            options={(["PAYMENTS_ONLY", "MY_BOOKINGS", "GROUP_NEWS"] as const).map((value) => ({
              value,
              label: BREAK_UPDATES_TEXT[value],
              hint: UPDATES_HINT[value],
            }))}
          />
          <SubmitButton>{onBreak ? "Save changes" : "Start my break"}</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
