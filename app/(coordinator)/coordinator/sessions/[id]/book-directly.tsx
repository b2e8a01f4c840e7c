import { ActionForm } from "@/components/form/action-form";
import { SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { bookExpertDirectlyAction } from "@/lib/bookings/actions";

type Expert = { id: string; livedExperience: string[]; user: { name: string } };

/** For people who would rather arrange things by phone than sign up themselves. */
export function BookDirectly({ sessionId, experts, full }: { sessionId: string; experts: Expert[]; full: boolean }) {
  return (
    <section aria-labelledby="book-title" className="mb-10 max-w-3xl">
      <h2 id="book-title">Book someone directly</h2>
      <ActionForm action={bookExpertDirectlyAction}>
        <input type="hidden" name="sessionId" value={sessionId} />
        {full ? (
          <p>All places are filled. Change the session to add places if you want to book someone else.</p>
        ) : experts.length === 0 ? (
          <p>Everyone active in your partnership has already asked for a place or been booked.</p>
        ) : (
          <>
            <SelectField
              name="expertId"
              label="Person to book"
              hint="For someone who has agreed by phone or in person. They will be told in Involve."
              placeholder="Choose a person"
              options={experts.map((e) => ({
                value: e.id,
                label: e.livedExperience.length
                  ? `${e.user.name} (${e.livedExperience.slice(0, 3).join(", ")})`
                  : e.user.name,
              }))}
            />
            <SubmitButton variant="secondary">Book this person</SubmitButton>
          </>
        )}
      </ActionForm>
    </section>
  );
}
