import type { Metadata } from "next";
import { CalendarFeedSettings } from "@/components/calendar/calendar-feed-settings";
import { requireArea } from "@/lib/auth/guard";
import {
  newCalendarFeedAddressAction,
  turnOffCalendarFeedAction,
  turnOnCalendarFeedAction,
} from "@/lib/calendar/actions";
import { findOwnFeedAddresses } from "@/lib/calendar/address";

export const metadata: Metadata = { title: "Your calendar" };

export default async function Page() {
  const user = await requireArea("academic");
  return (
    <CalendarFeedSettings
      addresses={await findOwnFeedAddresses({ userId: user.id })}
      contents="It has the sessions of involvement linked to the modules you lead."
      actions={{
        turnOn: turnOnCalendarFeedAction,
        newAddress: newCalendarFeedAddressAction,
        turnOff: turnOffCalendarFeedAction,
      }}
    />
  );
}
