import ICAL from "ical.js";

/** A calendar as a separate iCalendar parser (Mozilla's ical.js) reads it. */
export function readCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

export function readEvents(text: string): ICAL.Event[] {
  return readCalendar(text)
    .getAllSubcomponents("vevent")
    .map((c) => new ICAL.Event(c));
}
