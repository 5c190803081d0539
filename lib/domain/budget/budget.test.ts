import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../money";
import { DomainError } from "../errors";
import { computeBudget } from "./budget";
import type { BudgetClusterInput, BudgetInput } from "./types";
import { WORKED_EXAMPLE_INPUT } from "./worked-example";

const byName = (schools: { name: string; cents: bigint }[]) =>
  Object.fromEntries(schools.map((s) => [s.name, formatMoney(s.cents)]));

describe("computeBudget: the worked example of issue 5, to the cent", () => {
  const b = computeBudget(WORKED_EXAMPLE_INPUT);
  const sbo = b.clusters[0]!;
  const [y2026, y2027] = sbo.years;

  it("cost per FTE € 91.308,52", () => {
    expect(formatMoney(b.costPerFte.cents)).toBe("€ 91.308,52");
  });
  it("SBO with 4,5 FTE: € 410.888,34 a full year, € 740,34 per pupil (exact 740.3393…)", () => {
    expect(formatMoney(sbo.annualTotal.cents)).toBe("€ 410.888,34");
    expect(sbo.annualTotal.exactEuros).toBe("410888.34"); // 4.5 × 91308.52, no rounding needed
    expect(sbo.pupils).toBe(555);
    expect(sbo.perPupil.exactEuros).toBe("740.3393513514…");
  });
  it("2026 (10 months): € 342.406,95, of which Horizon € 61.694,95", () => {
    expect(y2026?.months).toBe(10);
    expect(formatMoney(y2026?.amount.cents ?? 0n)).toBe("€ 342.406,95");
    expect(byName(y2026?.schools ?? [])["SBO Horizon"]).toBe("€ 61.694,95");
    expect(y2026?.schools.reduce((a, s) => a + s.cents, 0n)).toBe(34_240_695n);
  });
  it("2027 with a 3,1 % index: € 423.625,88", () => {
    expect(formatMoney(y2027?.amount.cents ?? 0n)).toBe("€ 423.625,88");
    expect(y2027?.schools.reduce((a, s) => a + s.cents, 0n)).toBe(42_362_588n);
  });
  it("the full-year school amounts", () => {
    // The issue lists these for the full-year total of € 410.888,34.
    const full = computeBudget({ ...WORKED_EXAMPLE_INPUT, contractYears: [{ year: 2026, months: 12 }] });
    expect(byName(full.clusters[0]?.years[0]?.schools ?? [])).toEqual({
      "SBO Prinsenhof": "€ 88.840,72",
      "SBO Laurentiusschool": "€ 70.332,24",
      "SBO De Vuurtoren": "€ 96.244,12",
      "IKC Het Zwanenbos": "€ 81.437,33",
      "SBO Horizon": "€ 74.033,93",
    });
  });
  it("shows each school's share, exact amount, remainder and rank", () => {
    const horizon = y2026?.schools.find((s) => s.id === "horizon");
    expect(horizon).toMatchObject({
      pupils: 100,
      share: { decimal: "0.1801801802…" }, // 100 / 555
      exact: { exactEuros: "61694.9459459459…" },
      floorCents: 6_169_494n,
      remainderCents: { decimal: "0.5945945946…" },
      remainderRank: 3, // after De Vuurtoren (0.97…) and Laurentiusschool (0.86…)
      extraCent: true,
      cents: 6_169_495n,
    });
  });
  it("lists the year totals and the rows to freeze", () => {
    expect(b.years).toEqual([
      { year: 2026, months: 10, indexPct: null, totalCents: 34_240_695n },
      { year: 2027, months: 12, indexPct: "3.1", totalCents: 42_362_588n },
    ]);
    expect(b.schoolAmounts).toHaveLength(10);
    expect(b.schoolAmounts).toContainEqual({ clusterId: "sbo", schoolId: "horizon", year: 2026, cents: 6_169_495n });
  });
  it("shows the norms per cluster and per school", () => {
    expect(sbo.norms.pupilsPerFte?.decimal).toBe("123.3333…");
    expect(sbo.norms.hoursAtSchoolPerYear.decimal).toBe("5400");
    expect(sbo.schools.find((s) => s.id === "horizon")?.norms.fte.decimal).toBe("0.8108…");
    expect(sbo.fteOutsideRange).toBe(false);
  });
});

describe("computeBudget: several clusters and a functiemix", () => {
  const input: BudgetInput = {
    ...WORKED_EXAMPLE_INPUT,
    roles: [
      { name: "Jeugdhulpverlener", monthlySalaryCents: 420_000n, shareBasisPoints: 6_000 },
      { name: "Gedragswetenschapper", monthlySalaryCents: 500_000n, shareBasisPoints: 4_000 },
    ],
    clusters: [
      ...WORKED_EXAMPLE_INPUT.clusters,
      {
        id: "c3",
        name: "Cluster 3 SO",
        level: "PRIMARY",
        fte: "0.5",
        fteRange: { min: "0.5", max: "0.5" },
        schools: [{ id: "keerkring", name: "Keerkring", pupilCount: 80 }],
      },
    ],
  };
  const b = computeBudget(input);
  it("uses one cost per FTE for every cluster", () => {
    expect(b.costPerFte.cents).toBe(9_826_535n); // 0.6 × 91308.5151552 + 0.4 × 108700.61328 = 98265.354…
    expect(b.clusters.map((c) => c.annualTotal.exactEuros)).toEqual(["442194.075", "49132.675"]);
    expect(b.clusters.map((c) => c.annualTotal.cents)).toEqual([44_219_408n, 4_913_268n]); // halves away from zero
  });
  it("a single school gets the whole cluster amount; year totals add the clusters", () => {
    const keerkring = b.clusters[1]!;
    expect(keerkring.years.map((y) => y.schools[0]?.cents)).toEqual(keerkring.years.map((y) => y.amount.cents));
    expect(b.years.map((y) => y.totalCents)).toEqual(
      [0, 1].map((k) => b.clusters.reduce((a, c) => a + (c.years[k]?.amount.cents ?? 0n), 0n)),
    );
  });
  it("flags an FTE outside the range with its reason", () => {
    const clusters = input.clusters.map((c) => (c.id === "c3" ? { ...c, fte: "0.6", fteReason: " Extra " } : c));
    const out = computeBudget({ ...input, clusters }).clusters[1];
    expect(out?.fteOutsideRange).toBe(true);
    expect(out?.fteReason).toBe("Extra");
  });
});

describe("computeBudget: invalid input", () => {
  it("throws a VALIDATION DomainError carrying the field errors", () => {
    const bad = { ...WORKED_EXAMPLE_INPUT, overheadPct: "-12" };
    try {
      computeBudget(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("VALIDATION");
      expect((error as DomainError).fieldErrors).toEqual({
        overheadPct: "Een negatieve waarde is hier niet toegestaan.",
      });
    }
  });
});

const clusterArb: fc.Arbitrary<BudgetClusterInput> = fc
  .tuple(
    fc.integer({ min: 1, max: 2000 }).map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`),
    fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 1, maxLength: 8 }),
  )
  .filter(([fte, pupils]) => fte !== "0.00" && pupils.some((p) => p > 0))
  .map(([fte, pupils]) => ({
    id: "c",
    name: "C",
    level: "PRIMARY",
    fte,
    schools: pupils.map((pupilCount, i) => ({ id: `s${i}`, name: `School ${i % 3}`, pupilCount })),
  }));

describe("computeBudget: properties", () => {
  it("every year's school amounts add up to that year's cluster amount", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 100_000n, max: 1_000_000n }),
        clusterArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        (salary, cluster, months, indexBp) => {
          const b = computeBudget({
            ...WORKED_EXAMPLE_INPUT,
            roles: [{ name: "A", monthlySalaryCents: salary, shareBasisPoints: 10_000 }],
            clusters: [cluster],
            contractYears: [
              { year: 2026, months },
              { year: 2027, months: 12, indexPct: `${Math.floor(indexBp / 100)}.${String(indexBp % 100).padStart(2, "0")}` },
            ],
          });
          for (const year of b.clusters[0]?.years ?? []) {
            expect(year.schools.reduce((a, s) => a + s.cents, 0n)).toBe(year.amount.cents);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
