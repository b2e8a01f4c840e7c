import { ActionForm, type FormAction } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { CopyField } from "./copy-field";

/**
 * The "Your calendar" page of every area: the person's subscription address (when on), how to
 * add it to a calendar app, and the buttons to turn it on, make a new one or turn it off.
 * The page passes the addresses and the three actions; this never touches the data.
 */
export function CalendarFeedSettings({
  addresses,
  contents,
  actions,
}: {
  addresses: { https: string; webcal: string } | null;
  /** What the calendar holds, in one sentence ("Your confirmed sessions …"). */
  contents: string;
  actions: { turnOn: FormAction; newAddress: FormAction; turnOff: FormAction };
}) {
  return (
    <div className="max-w-3xl">
      <h1>Your calendar</h1>
      <p className="mb-8">
        Add your Involve sessions to the calendar app you already use, such as Google Calendar, Apple Calendar or
        Outlook. {contents} When a session changes or is cancelled, your calendar app shows it the next time it checks,
        usually within a few hours.
      </p>

      {addresses ? (
        <>
          <section aria-labelledby="address-title" className="mb-8">
            <h2 id="address-title">Your calendar address</h2>
            <CopyField
              id="calendar-address"
              label="Calendar address"
              hint="Copy this address and paste it into your calendar app."
              value={addresses.https}
            />
            <p className="mb-6">
              On a phone or a Mac you can also <a href={addresses.webcal}>open it straight in your calendar app</a>.
            </p>
            <Notice tone="warning" as="div" className="mb-6">
              <p className="mb-0 font-bold">
                Anyone who has this address can see the sessions in it. Do not share it. If you think someone else has
                it, make a new address below.
              </p>
            </Notice>
          </section>

          <section aria-labelledby="how-title" className="mb-8">
            <h2 id="how-title">How to add it to your calendar</h2>
            <h3 className="mt-6">Google Calendar</h3>
            <p>
              On a computer, open Google Calendar. Next to &ldquo;Other calendars&rdquo;, select the plus sign (+), then
              &ldquo;From URL&rdquo;. Paste the address and select &ldquo;Add calendar&rdquo;. It then shows on your
              phone too.
            </p>
            <h3 className="mt-6">Apple Calendar (iPhone, iPad or Mac)</h3>
            <p>
              On an iPhone or iPad: open Settings, then Calendar, Accounts, Add Account, Other, and &ldquo;Add
              Subscribed Calendar&rdquo;. Paste the address. On a Mac: in Calendar, choose File, then &ldquo;New
              Calendar Subscription&rdquo;, and paste the address.
            </p>
            <h3 className="mt-6">Outlook</h3>
            <p>
              In Outlook on the web or the new Outlook, select &ldquo;Add calendar&rdquo;, then &ldquo;Subscribe from
              web&rdquo;. Paste the address, give it a name such as &ldquo;Involve&rdquo;, and select
              &ldquo;Import&rdquo;.
            </p>
          </section>

          <section aria-labelledby="new-title" className="mb-8">
            <h2 id="new-title">Make a new address</h2>
            <p className="mb-4">
              The address you have now will stop working straight away. You will need to add the new one to your
              calendar app.
            </p>
            <ActionForm action={actions.newAddress} compact aria-label="Make a new address">
              <SubmitButton variant="secondary">Make a new address</SubmitButton>
            </ActionForm>
          </section>

          <section aria-labelledby="off-title" className="mb-8">
            <h2 id="off-title">Turn off your calendar address</h2>
            <p className="mb-4">Your address will stop working and calendar apps will stop getting your sessions.</p>
            <ActionForm action={actions.turnOff} compact aria-label="Turn off your calendar address">
              <SubmitButton variant="danger">Turn off my calendar address</SubmitButton>
            </ActionForm>
          </section>
        </>
      ) : (
        <section aria-labelledby="on-title" className="mb-8">
          <h2 id="on-title">Your calendar address is off</h2>
          <p className="mb-4">
            Turn it on to get a private address that you add to your calendar app once. Anyone who has the address can
            see the sessions in it, so keep it to yourself.
          </p>
          <ActionForm action={actions.turnOn} compact aria-label="Turn on your calendar address">
            <SubmitButton>Turn on my calendar address</SubmitButton>
          </ActionForm>
        </section>
      )}
    </div>
  );
}
