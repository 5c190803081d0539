import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startOfLocalDay, startOfNextLocalDay, localDateTimeToInstant } from "./local-time";
import {
  OCDS_LOTS_EXTENSION, OCDS_PLACEHOLDER_PREFIX, buildOcdsReleasePackage, centsToOcdsAmount,
  type OcdsChoiceInput, type OcdsInput, type OcdsMilestoneInput,
} from "./ocds";

// TZ=UTC (vitest unit project): every instant below is built from Europe/Amsterdam local times.

const announcement = startOfLocalDay("2025-10-15");
const beforeAnnouncement = localDateTimeToInstant("2025-10-14T12:00");
const afterAnnouncement = localDateTimeToInstant("2025-10-20T10:00");
const choicePublished = localDateTimeToInstant("2025-11-28T10:00");
const duringStandstill = localDateTimeToInstant("2025-12-01T10:00");
const afterStandstill = localDateTimeToInstant("2026-01-05T10:00");

const milestones: OcdsMilestoneInput[] = [
  { key: "ADMISSION", title: "Toelatingsprocedure", description: "Aanvragen.", opensAt: startOfLocalDay("2025-09-01"), closesAt: startOfNextLocalDay("2025-09-30"), isWindow: true, sortOrder: 6 },
  { key: "ADMISSION_ANNOUNCEMENT", title: "Bekendmaking", description: "Lijst openbaar.", opensAt: announcement, closesAt: null, isWindow: false, sortOrder: 7 },
  { key: "WRITTEN_ROUND", title: "Schriftelijke ronde", description: "Plannen.", opensAt: startOfLocalDay("2025-10-16"), closesAt: startOfNextLocalDay("2025-10-31"), isWindow: true, sortOrder: 8 },
  { key: "SCHOOL_CHOICE", title: "Keuzetermijn", description: "Keuze.", opensAt: startOfLocalDay("2025-11-22"), closesAt: startOfNextLocalDay("2025-11-30"), isWindow: true, sortOrder: 10 },
  { key: "REVISION_EFFECTIVE", title: "Ingangsdatum", description: "Start.", opensAt: startOfLocalDay("2026-03-01"), closesAt: null, isWindow: false, sortOrder: 12 },
];

const zoetermeer = { id: "m-ztm", name: "Gemeente Zoetermeer" };
const delft = { id: "m-dft", name: "Gemeente Delft" };
const brug = { id: "p-brug", name: "De Brug Jeugdhulp", city: "Delft" };
const kompas = { id: "p-kompas", name: "Kompas Zorg", city: "Zoetermeer" };
const anker = { id: "p-anker", name: "Anker Jeugd", city: "Den Haag" };

function input(now: Date, overrides: Partial<OcdsInput> = {}): OcdsInput {
  return {
    now,
    packageUri: "https://portaal.example/ocds",
    procedure: {
      slug: "haaglanden-2025", title: "Herzieningsprocedure Collectieve jeugdhulp op school", summary: "Tien scholen.",
      contactEmail: "inkoopjuridisch@sbjh.nl", contractStartOn: "2026-03-01", contractEndOn: "2026-12-31",
      extensionCount: 2, extensionYears: 3, standstillDays: 20,
    },
    servicebureau: { id: "sb", name: "Servicebureau Jeugdhulp Haaglanden" },
    milestones,
    clusters: [
      {
        id: "c-sbo", code: "SBO", name: "Speciaal Basisonderwijs", sortOrder: 2,
        schools: [
          { id: "s-horizon", name: "SBO Horizon", street: "Mendelssohnrode 2", city: "Zoetermeer", sortOrder: 2, municipality: zoetermeer },
          { id: "s-laurentius", name: "SBO Laurentiusschool", street: "Griegstraat 2", city: "Delft", sortOrder: 1, municipality: delft },
        ],
      },
      {
        id: "c-c3", code: "C3", name: "Cluster 3 SO", sortOrder: 3,
        schools: [{ id: "s-keerkring", name: "Keerkring", street: "César Franckrode 66", city: "Zoetermeer", sortOrder: 1, municipality: zoetermeer }],
      },
    ],
    budget: {
      version: 1, publishedAt: localDateTimeToInstant("2025-09-20T10:00"), isExample: false,
      amounts: [
        { schoolId: "s-horizon", year: 2026, cents: 6_169_495n },
        { schoolId: "s-horizon", year: 2027, cents: 7_633_211n },
        { schoolId: "s-laurentius", year: 2026, cents: 5_861_021n },
        { schoolId: "s-keerkring", year: 2026, cents: 1n },
      ],
    },
    admission: {
      announcedAt: announcement,
      clusters: [
        { clusterId: "c-sbo", providers: [kompas, brug] },
        { clusterId: "c-c3", providers: [anker] },
      ],
    },
    choices: [],
    ...overrides,
  };
}

const choice: OcdsChoiceInput = { schoolId: "s-horizon", publishedAt: choicePublished, providers: [kompas, brug] };
const release = (i: OcdsInput) => buildOcdsReleasePackage(i).releases[0];

describe("centsToOcdsAmount", () => {
  it("converts integer cents exactly, odd cents included", () => {
    expect(centsToOcdsAmount(0n)).toBe(0);
    expect(centsToOcdsAmount(1n)).toBe(0.01);
    expect(centsToOcdsAmount(5n)).toBe(0.05);
    expect(centsToOcdsAmount(10n)).toBe(0.1);
    expect(centsToOcdsAmount(99n)).toBe(0.99);
    expect(centsToOcdsAmount(100n)).toBe(1);
    expect(centsToOcdsAmount(6_169_495n)).toBe(61694.95);
    expect(centsToOcdsAmount(-1_201n)).toBe(-12.01);
    expect(JSON.stringify(centsToOcdsAmount(123_456_789_01n))).toBe("123456789.01");
  });
  it("refuses amounts whose cents are not a safe integer, and non-bigint input", () => {
    expect(centsToOcdsAmount(BigInt(Number.MAX_SAFE_INTEGER))).toBe(90071992547409.91);
    expect(() => centsToOcdsAmount(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(() => centsToOcdsAmount(-BigInt(Number.MAX_SAFE_INTEGER) - 1n)).toThrow(RangeError);
    expect(() => centsToOcdsAmount(12 as unknown as bigint)).toThrow(TypeError);
  });
  it("property: the JSON text is exactly euros.cents of the bigint, for every amount up to € 999.999.999,99", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -99_999_999_999n, max: 99_999_999_999n }), (cents) => {
        const abs = cents < 0n ? -cents : cents;
        const text = `${cents < 0n ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
        expect(JSON.stringify(centsToOcdsAmount(cents))).toBe(JSON.stringify(Number(text)));
        expect(Number(text).toFixed(2)).toBe(text === "-0.00" ? "0.00" : text);
      }),
    );
  });
});

describe("buildOcdsReleasePackage: shape and required fields", () => {
  it("is a release package (version 1.1, lots extension) with one release carrying ocid, id, date, tag and initiationType", () => {
    const pkg = buildOcdsReleasePackage(input(beforeAnnouncement));
    expect(pkg).toMatchObject({ uri: "https://portaal.example/ocds", version: "1.1", extensions: [OCDS_LOTS_EXTENSION], publisher: { name: "Servicebureau Jeugdhulp Haaglanden" } });
    expect(pkg.releases).toHaveLength(1);
    const r = pkg.releases[0];
    expect(r.ocid).toBe(`${OCDS_PLACEHOLDER_PREFIX}-haaglanden-2025`);
    expect(r.id).toMatch(/^ocds-jhjoos-haaglanden-2025-\d{8}T\d{6}Z$/);
    expect(r.id).not.toContain("#");
    expect(r.date).toBe(pkg.publishedDate);
    expect(r.tag).toEqual(["tender"]);
    expect(r.initiationType).toBe("tender");
    expect(r.tender.id).toBe("haaglanden-2025");
    expect(r.tender.title).toBe("Herzieningsprocedure Collectieve jeugdhulp op school");
    expect(r.tender.status).toBe("active");
    expect(r.buyer).toEqual({ id: "sb-sb", name: "Servicebureau Jeugdhulp Haaglanden" });
  });

  it("uses a configured ocid prefix", () => {
    expect(release(input(beforeAnnouncement, { ocidPrefix: "ocds-abc123" })).ocid).toBe("ocds-abc123-haaglanden-2025");
  });

  it("tenderPeriod is the admission window (through its last second), contractPeriod the contract with its extensions", () => {
    const r = release(input(beforeAnnouncement));
    expect(r.tender.tenderPeriod).toEqual({ startDate: "2025-08-31T22:00:00.000Z", endDate: "2025-09-30T21:59:59.000Z" });
    expect(r.tender.awardPeriod).toEqual({ startDate: "2025-10-15T22:00:00.000Z", endDate: "2025-11-30T22:59:59.000Z" });
    expect(r.tender.contractPeriod).toEqual({ startDate: "2026-02-28T23:00:00.000Z", endDate: "2026-12-31T22:59:59.000Z", maxExtentDate: "2032-12-31T22:59:59.000Z" });
  });

  it("the timeline becomes tender milestones, met once passed", () => {
    const ms = release(input(afterAnnouncement)).tender.milestones;
    expect(ms.map((m) => [m.id, m.status])).toEqual([
      ["ADMISSION", "met"], ["ADMISSION_ANNOUNCEMENT", "met"], ["WRITTEN_ROUND", "scheduled"], ["SCHOOL_CHOICE", "scheduled"], ["REVISION_EFFECTIVE", "scheduled"],
    ]);
    expect(ms[1]).toMatchObject({ dueDate: announcement.toISOString(), dateMet: announcement.toISOString() });
    expect(ms[4]).toMatchObject({ type: "delivery" });
    expect(ms[2]).not.toHaveProperty("dateMet");
  });

  it("one lot per school (cluster order, then school order) and one lot group per cluster, values in EUR from cents", () => {
    const r = release(input(beforeAnnouncement));
    expect(r.tender.lots.map((l) => [l.id, l.title, l.value])).toEqual([
      ["school-s-laurentius", "SBO Laurentiusschool", { amount: 58610.21, currency: "EUR" }],
      ["school-s-horizon", "SBO Horizon", { amount: 61694.95, currency: "EUR" }],
      ["school-s-keerkring", "Keerkring", { amount: 0.01, currency: "EUR" }],
    ]);
    expect(r.tender.lotGroups).toEqual([
      { id: "cluster-SBO", title: "Speciaal Basisonderwijs", relatedLots: ["school-s-laurentius", "school-s-horizon"] },
      { id: "cluster-C3", title: "Cluster 3 SO", relatedLots: ["school-s-keerkring"] },
    ]);
    // The total is summed in cents, then converted once.
    expect(r.tender.value).toEqual({ amount: 120305.17, currency: "EUR" });
  });

  it("the Servicebureau and the municipalities of the schools are buyers; no person's name appears", () => {
    const r = release(input(beforeAnnouncement));
    expect(r.parties.map((p) => [p.id, p.roles])).toEqual([["sb-sb", ["buyer"]], ["municipality-m-dft", ["buyer"]], ["municipality-m-ztm", ["buyer"]]]);
    expect(r.parties[0]?.contactPoint).toEqual({ name: "Servicebureau Jeugdhulp Haaglanden", email: "inkoopjuridisch@sbjh.nl" });
  });
});

describe("buildOcdsReleasePackage: nothing unpublished", () => {
  it("before the announcement: no suppliers and no awards, even when the admission is passed in", () => {
    const r = release(input(beforeAnnouncement, { choices: [choice] }));
    expect(r.awards).toEqual([]);
    expect(r.parties.some((p) => p.roles.includes("supplier"))).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/Brug|Kompas|Anker/);
  });

  it("after the announcement: the admitted providers are suppliers, one admission award per cluster", () => {
    const r = release(input(afterAnnouncement));
    expect(r.tag).toEqual(["tender", "award"]);
    expect(r.parties.filter((p) => p.roles.includes("supplier")).map((p) => p.name)).toEqual(["Anker Jeugd", "De Brug Jeugdhulp", "Kompas Zorg"]);
    expect(r.awards.map((a) => [a.id, a.suppliers.map((s) => s.name), a.relatedLots, a.date])).toEqual([
      ["admission-SBO", ["De Brug Jeugdhulp", "Kompas Zorg"], ["school-s-laurentius", "school-s-horizon"], announcement.toISOString()],
      ["admission-C3", ["Anker Jeugd"], ["school-s-keerkring"], announcement.toISOString()],
    ]);
    expect(r.date).toBe(announcement.toISOString());
  });

  it("a budget published after now is left out: no values anywhere", () => {
    const budget = { ...input(beforeAnnouncement).budget!, publishedAt: localDateTimeToInstant("2025-10-01T09:00") };
    const r = release(input(localDateTimeToInstant("2025-09-25T09:00"), { budget }));
    expect(r.tender.lots.every((l) => l.value === undefined)).toBe(true);
    expect(r.tender.value).toBeUndefined();
    expect(JSON.stringify(r)).not.toContain("61694.95");
  });

  it("a school without a published amount has no lot value and the tender no total", () => {
    const base = input(beforeAnnouncement);
    const budget = { ...base.budget!, amounts: base.budget!.amounts.filter((a) => a.schoolId !== "s-keerkring") };
    const r = release({ ...base, budget });
    expect(r.tender.lots.find((l) => l.id === "school-s-keerkring")?.value).toBeUndefined();
    expect(r.tender.value).toBeUndefined();
  });

  it("a published choice is an award with its suppliers and fixed amount; pending during the standstill, active after", () => {
    const pending = release(input(duringStandstill, { choices: [choice] }));
    const award = pending.awards.find((a) => a.id === "choice-s-horizon");
    expect(award).toMatchObject({
      status: "pending", date: choicePublished.toISOString(), relatedLots: ["school-s-horizon"],
      suppliers: [{ id: "provider-p-brug", name: "De Brug Jeugdhulp" }, { id: "provider-p-kompas", name: "Kompas Zorg" }],
      value: { amount: 61694.95, currency: "EUR" },
      contractPeriod: { startDate: "2026-02-28T23:00:00.000Z", endDate: "2026-12-31T22:59:59.000Z" },
    });
    expect(pending.tender.lots.find((l) => l.id === "school-s-horizon")?.status).toBe("complete");
    expect(pending.date).toBe(choicePublished.toISOString());
    expect(release(input(afterStandstill, { choices: [choice] })).awards.find((a) => a.id === "choice-s-horizon")?.status).toBe("active");
  });

  it("a choice published after now is not there", () => {
    const r = release(input(afterAnnouncement, { choices: [choice] }));
    expect(r.awards.map((a) => a.id)).toEqual(["admission-SBO", "admission-C3"]);
    expect(r.tender.lots.every((l) => l.status === "active")).toBe(true);
  });

  it("the tender is complete once every school has a published choice", () => {
    const all: OcdsChoiceInput[] = [
      choice,
      { schoolId: "s-laurentius", publishedAt: choicePublished, providers: [brug] },
      { schoolId: "s-keerkring", publishedAt: choicePublished, providers: [anker] },
    ];
    expect(release(input(afterStandstill, { choices: all })).tender.status).toBe("complete");
  });
});

describe("buildOcdsReleasePackage: deterministic", () => {
  it("the same input gives the same JSON, whatever the order of its arrays", () => {
    const base = input(duringStandstill, { choices: [choice, { schoolId: "s-keerkring", publishedAt: choicePublished, providers: [anker] }] });
    const shuffled: OcdsInput = {
      ...base,
      milestones: [...base.milestones].reverse(),
      clusters: [...base.clusters].reverse().map((c) => ({ ...c, schools: [...c.schools].reverse() })),
      budget: { ...base.budget!, amounts: [...base.budget!.amounts].reverse() },
      admission: { ...base.admission!, clusters: [...base.admission!.clusters].reverse().map((c) => ({ ...c, providers: [...c.providers].reverse() })) },
      choices: [...base.choices].reverse().map((c) => ({ ...c, providers: [...c.providers].reverse() })),
    };
    const json = JSON.stringify(buildOcdsReleasePackage(base));
    expect(JSON.stringify(buildOcdsReleasePackage(base))).toBe(json);
    expect(JSON.stringify(buildOcdsReleasePackage(shuffled))).toBe(json);
  });

  it("a provider admitted and chosen is one party, listed once in each award", () => {
    const r = release(input(duringStandstill, { choices: [{ ...choice, providers: [brug, brug] }] }));
    expect(r.parties.filter((p) => p.id === "provider-p-brug")).toHaveLength(1);
    expect(r.awards.find((a) => a.id === "choice-s-horizon")?.suppliers).toEqual([{ id: "provider-p-brug", name: "De Brug Jeugdhulp" }]);
  });
});
