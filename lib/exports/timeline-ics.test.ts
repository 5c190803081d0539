import { describe, expect, it } from "vitest";
import { startOfLocalDay, startOfNextLocalDay } from "@/lib/domain/local-time";
import { buildTimelineCalendar } from "./timeline-ics";

const feed = buildTimelineCalendar({
  procedureSlug: "haaglanden",
  procedureTitle: "Herzieningsprocedure",
  url: "https://portaal.example/",
  milestones: [
    { key: "REACTION_PERIOD", title: "Reactietermijn", description: "Reageren", opensAt: startOfLocalDay("2025-05-19"), closesAt: startOfNextLocalDay("2025-06-11"), isWindow: true, sortOrder: 1 },
    { key: "OPT_OUT", title: "Opzegtermijn (31 dagen)", description: "Opzeggen", opensAt: startOfLocalDay("2025-07-09"), closesAt: startOfNextLocalDay("2025-08-08"), isWindow: true, sortOrder: 2 },
    { key: "ADMISSION_ANNOUNCEMENT", title: "Bekendmaking", description: "Besluit", opensAt: startOfLocalDay("2025-10-15"), closesAt: null, isWindow: false, sortOrder: 3 },
  ],
});
const unfolded = feed.replace(/\r\n[ \t]/g, "");

describe("timeline iCalendar feed", () => {
  it("is a VCALENDAR with one event per milestone and stable UIDs", () => {
    expect(feed.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(unfolded).toContain("UID:haaglanden-OPT_OUT@inkoopportaal");
  });

  it("puts windows on their local days with an exclusive end date (day 31 = 8 August)", () => {
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20250519\r\nDTEND;VALUE=DATE:20250612");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20250709\r\nDTEND;VALUE=DATE:20250809");
    expect(unfolded).toMatch(/Sluit na 8 augustus 2025 23:59 CEST/);
  });

  it("makes a point milestone a single all-day event", () => {
    expect(unfolded).toMatch(/DTSTART;VALUE=DATE:20251015\r\n(?!DTEND)/);
  });
});
