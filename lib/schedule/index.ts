// Client components should import from "./describe" directly: this index also pulls in the iCalendar writer.
export { describeSlots, type SlotDescription } from "./describe";
export { toICalendar, type CalendarEvent, type CalendarInput } from "./icalendar";
export { currentSlots, isOpenAt, nextOccurrences, type Occurrence } from "./occurrences";
export { TIME_ZONE, type WeeklySlot } from "./types";
