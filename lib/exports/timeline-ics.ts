// The procedure's timeline as an iCalendar feed that calendar apps can
// subscribe to (RFC 5545, via ical-generator). Milestones are all-day
// events on their local (Europe/Amsterdam) dates; a window spans its days,
// with DTEND the day after its last day, as RFC 5545 prescribes.

import ical, { ICalCalendarMethod } from "ical-generator";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { instantToLocalDate } from "@/lib/domain/local-time";
import { lastIncludedMinute, type Milestone } from "@/lib/domain/timeline";

export interface TimelineFeedInput {
  procedureSlug: string;
  procedureTitle: string;
  url: string;
  milestones: (Milestone & { description: string; updatedAt?: Date })[];
}

/** A local calendar date as the UTC-midnight Date ical-generator writes as VALUE=DATE. */
function dateValue(localDate: string): Date {
  return new Date(`${localDate}T00:00:00Z`);
}

export function buildTimelineCalendar(input: TimelineFeedInput): string {
  const calendar = ical({
    name: input.procedureTitle,
    description: "Tijdlijn van de procedure (streefdata, Europe/Amsterdam).",
    prodId: { company: "Servicebureau Jeugdhulp Haaglanden", product: "Inkoopportaal", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    timezone: "Europe/Amsterdam",
    url: input.url,
    ttl: 60 * 60 * 6,
  });
  for (const m of input.milestones) {
    const first = instantToLocalDate(m.opensAt);
    const end = m.isWindow && m.closesAt ? instantToLocalDate(m.closesAt) : null;
    const closing = m.isWindow && m.closesAt ? `\n\nSluit na ${formatDateTimeWithZone(lastIncludedMinute(m.closesAt))}.` : m.isWindow ? "\n\nDe einddatum volgt." : "";
    calendar.createEvent({
      id: `${input.procedureSlug}-${m.key}@inkoopportaal`,
      allDay: true,
      start: dateValue(first),
      end: end ? dateValue(end) : null,
      summary: m.title,
      description: `${m.description}${closing}`,
      url: input.url,
      stamp: m.updatedAt ?? m.opensAt,
    });
  }
  return calendar.toString();
}
