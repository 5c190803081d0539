// The frozen amounts of the published budget version as the procedure pages
// show them (public home, provider and school landing pages). Server
// components only: the amounts are bigint cents.

export interface PublishedAmounts {
  version: number;
  years: { year: number; months: number }[];
  /** schoolId → year → cents */
  bySchool: Map<string, Map<number, bigint>>;
}

/** "2026 (10 maanden)" for a partial year, "2027" for a full one. */
export function contractYearLabel(y: { year: number; months: number }): string {
  return y.months === 12 ? String(y.year) : `${y.year} (${y.months} ${y.months === 1 ? "maand" : "maanden"})`;
}
