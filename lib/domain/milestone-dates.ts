import { formatDate, formatDateRange } from "@/lib/domain/format";
import { lastIncludedMinute, type Milestone } from "@/lib/domain/timeline";

/** "19 mei – 11 juni 2025", "vanaf 1 september 2025" or "15 mei 2025". */
export function milestoneDates(m: Milestone): string {
  if (!m.isWindow) return formatDate(m.opensAt);
  if (!m.closesAt) return `vanaf ${formatDate(m.opensAt)} (einddatum volgt)`;
  return formatDateRange(m.opensAt, lastIncludedMinute(m.closesAt));
}
