/**
 * The procedure as an Open Contracting Data Standard 1.1 release package
 * (SPEC §10; docs/decisions/0014-ocds-export.md). PURE: every fact and `now`
 * are parameters; no database, clock or environment.
 *
 * Mapping (field names from the OCDS 1.1 release and release-package schemas
 * and the lots extension):
 * - one contracting process: ocid = `{prefix}-{procedure slug}`;
 * - parties: the Servicebureau (`buyer`, also release.buyer: it procures for
 *   the region), the municipalities of the schools (`buyer`: joint
 *   procurement), admitted providers (`supplier`, from the announcement on);
 * - tender: title, summary, status, the admission window as tenderPeriod,
 *   the timeline as milestones, one lot per school (value = its published
 *   fixed amount for the contract period), one lot group per cluster;
 * - awards: per cluster the admission (its announced admitted providers) and
 *   per school its published choice (suppliers, value, contractPeriod).
 *
 * Confidentiality is decided by the caller's query AND re-checked here:
 * admissions before the announcement, budgets and choices published after
 * `now` are dropped. No scores, motivations or names of people are in the input.
 */
import { parseLocalDate, startOfLocalDay, startOfNextLocalDay } from "./local-time";
import {
  OCDS_VERSION, type OcdsAward, type OcdsInput, type OcdsLot, type OcdsMilestone, type OcdsMilestoneInput, type OcdsOrganisationInput,
  type OcdsOrganizationReference, type OcdsParty, type OcdsPeriod, type OcdsRelease, type OcdsReleasePackage, type OcdsValue,
} from "./ocds-types";
import { computeStandstill } from "./selection/standstill";
import { windowState } from "./timeline";

export type * from "./ocds-types";
export { OCDS_VERSION };

/**
 * Placeholder ocid prefix. A real prefix ("ocds-" + 6 characters) is issued
 * free of charge by the Open Contracting Partnership to the publisher; until
 * the Servicebureau has one, data under this prefix must not be submitted to
 * the OCDS data registry. Pass `ocidPrefix` to override.
 */
export const OCDS_PLACEHOLDER_PREFIX = "ocds-jhjoos";

export const OCDS_LOTS_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";

/** Milestone keys (seeded per procedure) the tender periods are derived from. */
export const OCDS_MILESTONE_KEYS = {
  admission: "ADMISSION",
  announcement: "ADMISSION_ANNOUNCEMENT",
  writtenRound: "WRITTEN_ROUND",
  schoolChoice: "SCHOOL_CHOICE",
} as const;

// ───────────────────────────── money and dates ─────────────────────────────

const MAX_SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Integer cents → the decimal euro amount OCDS wants (a JSON number). Exact:
 * the decimal text is built from the bigint ("61694.95") and parsed once, so
 * the number is the double nearest to the exact amount and serialises back
 * to the same text. Refuses amounts whose cents are not a safe integer.
 */
export function centsToOcdsAmount(cents: bigint): number {
  if (typeof cents !== "bigint") throw new TypeError("centsToOcdsAmount expects bigint cents");
  if (cents > MAX_SAFE_CENTS || cents < -MAX_SAFE_CENTS) throw new RangeError(`Amount out of the safe range: ${cents} cents`);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return Number(`${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`);
}

function eur(cents: bigint): OcdsValue {
  return { amount: centsToOcdsAmount(cents), currency: "EUR" };
}

const iso = (d: Date) => d.toISOString();
/** The last included second of a window with an exclusive end. */
const lastSecond = (closesAt: Date) => new Date(closesAt.getTime() - 1000);
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function contractPeriod(p: OcdsInput["procedure"]): OcdsPeriod {
  const end = parseLocalDate(p.contractEndOn);
  const extensionYears = p.extensionCount * p.extensionYears;
  const period: OcdsPeriod = { startDate: iso(startOfLocalDay(p.contractStartOn)), endDate: iso(lastSecond(startOfNextLocalDay(p.contractEndOn))) };
  if (extensionYears > 0) {
    // 31 December stays 31 December; a 29 February end moves to 28 February.
    const day = end.month === 2 && end.day === 29 ? 28 : end.day;
    const extentEnd = `${end.year + extensionYears}-${String(end.month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    period.maxExtentDate = iso(lastSecond(startOfNextLocalDay(extentEnd)));
  }
  return period;
}

/** Contract years whose fixed amounts make up the value of the initial contract period. */
function contractYears(p: OcdsInput["procedure"]): number[] {
  const first = parseLocalDate(p.contractStartOn).year;
  const last = parseLocalDate(p.contractEndOn).year;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function milestonePeriod(m: OcdsMilestoneInput | undefined, which: "start" | "end" | "both"): OcdsPeriod | undefined {
  if (!m) return undefined;
  const result: OcdsPeriod = {};
  if (which !== "end") result.startDate = iso(m.opensAt);
  if (which !== "start" && m.isWindow && m.closesAt) result.endDate = iso(lastSecond(m.closesAt));
  return Object.keys(result).length > 0 ? result : undefined;
}

const MILESTONE_TYPES: Record<string, string> = {
  PRESENTATION: "engagement",
  REACTION_PERIOD: "engagement",
  MUNICIPAL_DECISION: "approval",
  PLAN_OF_APPROACH: "approval",
  REVISION_EFFECTIVE: "delivery",
};

function milestone(m: OcdsMilestoneInput, now: Date): OcdsMilestone {
  const due = m.isWindow && m.closesAt ? lastSecond(m.closesAt) : m.opensAt;
  // A window is met once it has closed; a point milestone once it has happened.
  const met = windowState(m, now) === "CLOSED";
  return {
    id: m.key, title: m.title, description: m.description, type: MILESTONE_TYPES[m.key] ?? "procurement",
    dueDate: iso(due), status: met ? "met" : "scheduled", ...(met ? { dateMet: iso(due) } : {}),
  };
}

// ───────────────────────────── the package ─────────────────────────────

const partyId = (kind: "sb" | "municipality" | "provider", id: string) => `${kind}-${id}`;
const lotId = (schoolId: string) => `school-${schoolId}`;

export function buildOcdsReleasePackage(input: OcdsInput): OcdsReleasePackage {
  const { now, procedure } = input;
  const at = now.getTime();
  const ocid = `${input.ocidPrefix ?? OCDS_PLACEHOLDER_PREFIX}-${procedure.slug}`;
  const milestones = [...input.milestones].sort((a, b) => a.sortOrder - b.sortOrder || byString(a.key, b.key));
  const clusters = [...input.clusters]
    .sort((a, b) => a.sortOrder - b.sortOrder || byString(a.id, b.id))
    .map((c) => ({ ...c, schools: [...c.schools].sort((a, b) => a.sortOrder - b.sortOrder || byString(a.id, b.id)) }));
  const schools = clusters.flatMap((c) => c.schools.map((s) => ({ ...s, cluster: c })));
  const schoolIds = new Set(schools.map((s) => s.id));

  // Defence in depth: nothing published after `now` (or before the announcement) is used.
  const budget = input.budget && input.budget.publishedAt.getTime() <= at ? input.budget : null;
  const admission = input.admission && input.admission.announcedAt.getTime() <= at ? input.admission : null;
  const choices = input.choices.filter((c) => c.publishedAt.getTime() <= at && schoolIds.has(c.schoolId) && c.providers.length > 0);
  const choiceBySchool = new Map(choices.map((c) => [c.schoolId, c]));

  // Value per school: the sum of its published fixed amounts for the years of the initial contract period.
  const years = contractYears(procedure);
  const valueBySchool = new Map<string, bigint>();
  if (budget) {
    for (const s of schools) {
      const perYear = years.map((y) => budget.amounts.find((a) => a.schoolId === s.id && a.year === y)?.cents);
      if (perYear.every((c): c is bigint => c !== undefined)) valueBySchool.set(s.id, perYear.reduce((sum, c) => sum + c, 0n));
    }
  }
  const contract = contractPeriod(procedure);
  const yearsText = years.join("–");
  const exampleText = budget?.isExample ? " Voorbeeldberekening: het bedrag is nog niet definitief." : "";

  // Parties.
  const parties = new Map<string, OcdsParty>();
  const sb: OcdsParty = {
    id: partyId("sb", input.servicebureau.id), name: input.servicebureau.name, roles: ["buyer"],
    address: { ...(input.servicebureau.city ? { locality: input.servicebureau.city } : {}), countryName: "Nederland" },
    contactPoint: { name: input.servicebureau.name, email: procedure.contactEmail },
  };
  parties.set(sb.id, sb);
  for (const s of schools) {
    const id = partyId("municipality", s.municipality.id);
    if (!parties.has(id)) parties.set(id, { id, name: s.municipality.name, roles: ["buyer"], address: { countryName: "Nederland" } });
  }
  const supplier = (p: OcdsOrganisationInput): OcdsOrganizationReference => {
    const id = partyId("provider", p.id);
    if (!parties.has(id)) parties.set(id, { id, name: p.name, roles: ["supplier"], address: { ...(p.city ? { locality: p.city } : {}), countryName: "Nederland" } });
    return { id, name: p.name };
  };
  const sortRefs = (refs: OcdsOrganizationReference[]) => refs.sort((a, b) => a.name.localeCompare(b.name, "nl") || byString(a.id, b.id));

  // Awards: the admission per cluster, then the published choice per school.
  const awards: OcdsAward[] = [];
  if (admission) {
    for (const c of clusters) {
      const providers = admission.clusters.filter((a) => a.clusterId === c.id).flatMap((a) => a.providers);
      if (providers.length === 0) continue;
      const unique = [...new Map(providers.map((p) => [p.id, p])).values()];
      awards.push({
        id: `admission-${c.code}`, title: `Toelating ${c.name}`,
        description: `Jeugdhulpaanbieders toegelaten tot de selectie door de scholen van ${c.name}.`,
        status: "active", date: iso(admission.announcedAt), suppliers: sortRefs(unique.map(supplier)),
        relatedLots: c.schools.map((s) => lotId(s.id)),
      });
    }
  }
  for (const s of schools) {
    const choice = choiceBySchool.get(s.id);
    if (!choice) continue;
    const value = valueBySchool.get(s.id);
    const final = computeStandstill(choice.publishedAt, procedure.standstillDays).endsAt.getTime() <= at;
    const unique = [...new Map(choice.providers.map((p) => [p.id, p])).values()];
    awards.push({
      id: `choice-${s.id}`, title: `Keuze ${s.name}`,
      description: `De school kiest de jeugdhulpaanbieder(s) voor collectieve jeugdhulp op school. ${final ? "De keuze is definitief." : "De opschortende termijn loopt nog."}`,
      status: final ? "active" : "pending", date: iso(choice.publishedAt), suppliers: sortRefs(unique.map(supplier)),
      relatedLots: [lotId(s.id)], ...(value !== undefined ? { value: eur(value) } : {}), contractPeriod: contract,
    });
  }

  const lots: OcdsLot[] = schools.map((s) => {
    const value = valueBySchool.get(s.id);
    return {
      id: lotId(s.id), title: s.name,
      description: `${s.cluster.name}; ${s.street}, ${s.city} (${s.municipality.name}). Vast bedrag ${yearsText}.${value === undefined ? " Het vaste bedrag is nog niet gepubliceerd." : exampleText}`,
      status: choiceBySchool.has(s.id) ? "complete" : "active",
      ...(value !== undefined ? { value: eur(value) } : {}),
      contractPeriod: contract,
    };
  });
  const allValued = schools.length > 0 && schools.every((s) => valueBySchool.has(s.id));
  const total = allValued ? schools.reduce((sum, s) => sum + (valueBySchool.get(s.id) as bigint), 0n) : null;

  const byKey = (key: string) => milestones.find((m) => m.key === key);
  const selectionPeriod = awardPeriod(byKey(OCDS_MILESTONE_KEYS.writtenRound), byKey(OCDS_MILESTONE_KEYS.schoolChoice));

  // The release date: the latest publication that is part of this snapshot.
  const dates = [
    milestones[0]?.opensAt, budget?.publishedAt, admission?.announcedAt, ...choices.map((c) => c.publishedAt),
  ].filter((d): d is Date => d !== undefined && d.getTime() <= at).map((d) => d.getTime());
  const releaseDate = new Date(dates.length > 0 ? Math.max(...dates) : at);
  const tag = awards.length > 0 ? ["tender", "award"] : ["tender"];

  const release: OcdsRelease = {
    ocid,
    id: `${ocid}-${iso(releaseDate).replace(/[-:]|\.\d{3}/g, "")}`,
    date: iso(releaseDate),
    tag,
    initiationType: "tender",
    language: "nl",
    parties: [...parties.values()].sort((a, b) => roleRank(a) - roleRank(b) || a.name.localeCompare(b.name, "nl") || byString(a.id, b.id)),
    buyer: { id: sb.id, name: sb.name },
    tender: {
      id: procedure.slug,
      title: procedure.title,
      description: procedure.summary,
      status: schools.length > 0 && schools.every((s) => choiceBySchool.has(s.id)) ? "complete" : "active",
      procurementMethod: "selective",
      procurementMethodDetails: "Herzieningsprocedure: toelatingsprocedure per cluster, daarna selectie en keuze door de scholen.",
      mainProcurementCategory: "services",
      ...(total !== null ? { value: eur(total) } : {}),
      ...optional("tenderPeriod", milestonePeriod(byKey(OCDS_MILESTONE_KEYS.admission), "both")),
      ...optional("awardPeriod", selectionPeriod),
      contractPeriod: contract,
      milestones: milestones.map((m) => milestone(m, now)),
      lots,
      lotGroups: clusters.map((c) => ({ id: `cluster-${c.code}`, title: c.name, relatedLots: c.schools.map((s) => lotId(s.id)) })),
    },
    awards,
  };
  return {
    uri: input.packageUri,
    version: OCDS_VERSION,
    extensions: [OCDS_LOTS_EXTENSION],
    publishedDate: release.date,
    publisher: { name: input.servicebureau.name },
    releases: [release],
  };
}

function roleRank(p: OcdsParty): number {
  if (p.id.startsWith("sb-")) return 0;
  return p.roles.includes("supplier") ? 2 : 1;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** From the opening of the written round to the end of the school's choice. */
function awardPeriod(from: OcdsMilestoneInput | undefined, to: OcdsMilestoneInput | undefined): OcdsPeriod | undefined {
  const start = milestonePeriod(from, "start")?.startDate;
  const end = milestonePeriod(to, "end")?.endDate;
  if (!start && !end) return undefined;
  return { ...(start ? { startDate: start } : {}), ...(end ? { endDate: end } : {}) };
}
