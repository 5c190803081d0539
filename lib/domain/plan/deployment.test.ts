import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_BUDGET_NORMS, fraction, fromInteger, mul, sub, compare } from "../budget";
import {
  checkDeployment,
  employeeLimitText,
  parseHoursPerWeek,
  presenceHoursPerWeek,
  type DeploymentRowInput,
  type DeploymentRules,
} from "./deployment";

// Cost per FTE of the budget's worked example: € 91.308,52; SBO Horizon 2027: € 76.328,99.
const RULES: DeploymentRules = {
  minEmployees: 2,
  maxEmployees: null,
  providerIds: ["p1"],
  costPerFteCents: 9_130_852n,
  hoursPerFtePerWeek: "30",
  fixedAnnualAmountCents: 7_632_899n,
};

const hbo = (over: Partial<DeploymentRowInput> = {}): DeploymentRowInput => ({
  id: "r1",
  providerId: "p1",
  personName: "Anna de Vries",
  role: "Jeugdprofessional",
  educationLevel: "HBO",
  skjNumber: "100012345",
  hoursPerWeek: "15",
  ...over,
});
const mbo = (over: Partial<DeploymentRowInput> = {}): DeploymentRowInput => ({
  id: "r2",
  providerId: "p1",
  personName: "Bram Jansen",
  role: "Jeugdhulpverlener",
  educationLevel: "MBO_SUPERVISED",
  supervisorRowId: "r1",
  hoursPerWeek: "10",
  ...over,
});

describe("checkDeployment: cost against the fixed annual amount", () => {
  it("within the amount: row costs, total and what is left", () => {
    const check = checkDeployment([hbo(), mbo()], RULES);
    expect(check.errors).toEqual({});
    expect(check.costs.map((c) => [c.rowId, c.hoursPerWeek.decimal, c.fte.decimal, c.cost.cents])).toEqual([
      ["r1", "15", "0.5", 4_565_426n],
      ["r2", "10", "0.3333…", 3_043_617n], // 3.043.617,33… cents
    ]);
    expect(check.totalCents).toBe(7_609_043n);
    expect(check.remainingCents).toBe(23_856n);
    expect(check.withinBudget).toBe(true);
    expect(check.supervisors).toEqual({ r2: { name: "Anna de Vries", skjNumber: "100012345" } });
  });

  it("over the amount: the message says by how much", () => {
    const rows = [hbo(), mbo(), hbo({ id: "r3", personName: "Chris Bakker", skjNumber: "160039340", hoursPerWeek: "7,5" })];
    const check = checkDeployment(rows, RULES);
    expect(check.totalCents).toBe(9_891_756n);
    expect(check.withinBudget).toBe(false);
    expect(check.remainingCents).toBe(-2_258_857n);
    expect(check.errors).toEqual({
      total: "De inzet kost € 98.917,56: € 22.588,57 boven het vaste jaarbedrag van € 76.328,99. Verminder de uren.",
    });
  });

  it("exactly the amount is within", () => {
    const check = checkDeployment([hbo(), mbo()], { ...RULES, fixedAnnualAmountCents: 7_609_043n });
    expect(check.withinBudget).toBe(true);
    expect(check.errors.total).toBeUndefined();
    expect(checkDeployment([hbo(), mbo()], { ...RULES, fixedAnnualAmountCents: 7_609_042n }).errors.total).toMatch(
      /€ 0,01 boven het vaste jaarbedrag van € 76\.090,42/,
    );
  });

  it("rounds each row half away from zero and adds the rounded rows", () => {
    // 15 of 30 hours × 101 cents = 50,5 cents → 51.
    const half = checkDeployment([hbo(), hbo({ id: "x", personName: "X", hoursPerWeek: "10" })], {
      ...RULES,
      costPerFteCents: 101n,
    });
    expect(half.costs.map((c) => c.cost.cents)).toEqual([51n, 34n]); // 33,66… → 34
    expect(half.totalCents).toBe(85n);
    // Three rows of a third: 33,33… each → 33; the total is 99, not the exact 100.
    const thirds = checkDeployment(
      ["a", "b", "c"].map((id) => hbo({ id, personName: id, hoursPerWeek: "10" })),
      { ...RULES, costPerFteCents: 100n },
    );
    expect(thirds.totalCents).toBe(99n);
  });

  it("a partial contract year pro-rates the cost by months", () => {
    const check = checkDeployment([hbo(), mbo()], { ...RULES, contractMonths: 10, fixedAnnualAmountCents: 6_169_495n });
    // 4.565.426 × 10/12 = 3.804.521,66… → 3.804.522; 3.043.617,33… × 10/12 = 2.536.347,77… → 2.536.348.
    expect(check.costs.map((c) => c.cost.cents)).toEqual([3_804_522n, 2_536_348n]);
    expect(check.totalCents).toBe(6_340_870n);
    expect(check.errors.total).toMatch(/€ 1\.713,75 boven het vaste jaarbedrag van € 61\.694,95/);
  });

  it("hours per FTE come from the budget norms: 5 days × 6 hours = 30", () => {
    expect(presenceHoursPerWeek(DEFAULT_BUDGET_NORMS)).toBe("30");
    expect(checkDeployment([hbo({ hoursPerWeek: "36" }), mbo()], { ...RULES, hoursPerFtePerWeek: "36" }).costs[0]?.fte.decimal).toBe("1");
  });

  it("total = Σ rounded rows; each row within half a cent of exact (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 160 }), { minLength: 1, maxLength: 8 }),
        fc.bigInt({ min: 0n, max: 20_000_000n }),
        fc.integer({ min: 1, max: 12 }),
        (quarters, costPerFteCents, months) => {
          const rows = quarters.map((q, i) =>
            hbo({ id: `r${i}`, personName: `P${i}`, hoursPerWeek: String(q / 4) }),
          );
          const check = checkDeployment(rows, { ...RULES, costPerFteCents, contractMonths: months });
          expect(check.costs).toHaveLength(rows.length);
          expect(check.totalCents).toBe(check.costs.reduce((a, c) => a + c.cost.cents, 0n));
          quarters.forEach((q, i) => {
            const exact = mul(mul(fraction(BigInt(q), 120n), fromInteger(costPerFteCents)), fraction(BigInt(months), 12n));
            const diff = sub(fromInteger(check.costs[i]?.cost.cents ?? -1n), exact);
            expect(compare(diff, fraction(1n, 2n))).toBeLessThanOrEqual(0);
            expect(compare(diff, fraction(-1n, 2n))).toBeGreaterThan(0);
          });
          expect(check.withinBudget).toBe(check.totalCents <= RULES.fixedAnnualAmountCents);
        },
      ),
    );
  });
});

// Where the budget is not the point, an amount nobody exceeds.
const ROOMY: DeploymentRules = { ...RULES, fixedAnnualAmountCents: 10n ** 9n };

describe("checkDeployment: employees and providers", () => {
  it("at least the minimum", () => {
    expect(checkDeployment([hbo()], ROOMY).errors).toEqual({ rows: "Zet ten minste 2 medewerkers in; nu 1." });
    expect(checkDeployment([], ROOMY).errors).toEqual({ rows: "Zet ten minste 2 medewerkers in; nu 0." });
  });
  it("at most the maximum when set; none when null", () => {
    const rows = [hbo(), mbo(), hbo({ id: "r3", personName: "C", hoursPerWeek: "1" })];
    expect(checkDeployment(rows, { ...ROOMY, maxEmployees: 2 }).errors).toEqual({
      rows: "Zet ten hoogste 2 medewerkers in; nu 3.",
    });
    expect(checkDeployment(rows, { ...ROOMY, maxEmployees: null }).errors).toEqual({});
  });
  it("prints the limit as the plan's term: with the maximum only when set", () => {
    expect(employeeLimitText(2, 6)).toBe("ten minste 2 en ten hoogste 6 medewerkers");
    expect(employeeLimitText(2, null)).toBe("ten minste 2 medewerkers");
    expect(employeeLimitText(1, 1)).toBe("ten minste 1 en ten hoogste 1 medewerker");
  });
  it("a vacancy counts as a deployment", () => {
    const check = checkDeployment([hbo(), hbo({ id: "v", personName: null, skjNumber: null })], ROOMY);
    expect(check.errors).toEqual({});
  });
  it("the same person twice is refused", () => {
    expect(
      checkDeployment([hbo(), hbo({ id: "r9", personName: "  anna  DE vries ", hoursPerWeek: "2" })], ROOMY).errors,
    ).toEqual({ "rows.1.personName": "Deze persoon staat al in rij 1." });
  });
  it("with two providers: each row belongs to one of them, and each deploys someone", () => {
    const rules = { ...ROOMY, providerIds: ["p1", "p2"] };
    expect(checkDeployment([hbo(), mbo()], rules).errors).toEqual({
      providers: "Elke gekozen aanbieder zet ten minste één medewerker in.",
    });
    const rows = [hbo({ hoursPerWeek: "5" }), hbo({ id: "q", providerId: "p2", personName: "Dirk", skjNumber: "110000001", hoursPerWeek: "5" })];
    expect(checkDeployment(rows, rules).errors).toEqual({});
    expect(checkDeployment([hbo(), hbo({ id: "q", providerId: "p3", personName: "Dirk" })], rules).errors).toMatchObject({
      "rows.1.providerId": "Kies een van de gekozen aanbieders.",
    });
  });
  it("role is required", () => {
    expect(checkDeployment([hbo({ role: " " }), mbo()], ROOMY).errors).toEqual({ "rows.0.role": "Vul de functie in." });
  });
});

describe("checkDeployment: SKJ and supervision", () => {
  it("a named HBO professional needs an SKJ number", () => {
    expect(checkDeployment([hbo({ skjNumber: null }), hbo({ id: "b", personName: "B" })], ROOMY).errors).toEqual({
      "rows.0.skjNumber":
        "Een hbo-jeugdprofessional moet SKJ-geregistreerd zijn. Een SKJ-registratienummer bestaat uit 9 cijfers, bijvoorbeeld 100012345.",
    });
  });
  it("a malformed SKJ number is refused, also for MBO", () => {
    const errors = checkDeployment([hbo({ skjNumber: "12345" }), mbo({ skjNumber: "n.v.t." })], ROOMY).errors;
    expect(errors["rows.0.skjNumber"]).toMatch(/^Dit is geen geldig SKJ-nummer/);
    expect(errors["rows.1.skjNumber"]).toMatch(/^Dit is geen geldig SKJ-nummer/);
  });
  it("a vacancy has no SKJ number yet", () => {
    expect(checkDeployment([hbo(), hbo({ id: "v", personName: "", skjNumber: "100012346" })], ROOMY).errors).toEqual({
      "rows.1.skjNumber": "Een vacature heeft nog geen SKJ-nummer; vul het in zodra de functie vervuld is.",
    });
  });
  it("MBO without any supervisor is refused", () => {
    expect(checkDeployment([hbo(), mbo({ supervisorRowId: null })], ROOMY).errors["rows.1.supervisorName"]).toMatch(
      /onder begeleiding van een SKJ-geregistreerde hbo-collega/,
    );
  });
  it("MBO vacancy still needs a supervisor", () => {
    expect(
      Object.keys(checkDeployment([hbo(), mbo({ personName: null, supervisorRowId: undefined })], ROOMY).errors),
    ).toEqual(["rows.1.supervisorName"]);
  });
  it.each([
    ["itself", [hbo(), mbo({ supervisorRowId: "r2" })], /andere medewerker/],
    ["a missing row", [hbo(), mbo({ supervisorRowId: "nope" })], /andere medewerker/],
    ["another MBO", [hbo(), mbo(), mbo({ id: "r3", personName: "C", supervisorRowId: "r2" })], /rij 2\) moet een hbo-medewerker/],
    ["an HBO vacancy", [hbo({ personName: null, skjNumber: null }), mbo()], /rij 1\) moet een hbo-medewerker met naam/],
    ["an HBO row without SKJ", [hbo({ skjNumber: "" }), mbo()], /rij 1\) moet een hbo-medewerker/],
  ] as const)("a supervisor row that is %s is refused", (_label, rows, message) => {
    const errors = checkDeployment(rows, { ...ROOMY }).errors;
    const key = Object.keys(errors).find((k) => k.endsWith("supervisorRowId"));
    expect(key).toBeDefined();
    expect(errors[key ?? ""]).toMatch(message);
  });
  it("a supervisor row of another provider is refused", () => {
    const rules = { ...ROOMY, providerIds: ["p1", "p2"] };
    const rows = [hbo(), mbo({ providerId: "p2" })];
    expect(checkDeployment(rows, rules).errors).toEqual({
      "rows.1.supervisorRowId": "De begeleider moet een collega van dezelfde aanbieder zijn.",
    });
  });
  it("a named supervisor outside the table, with a valid SKJ number", () => {
    const rows = [hbo(), mbo({ supervisorRowId: null, supervisorName: " Els Visser ", supervisorSkjNumber: "SKJ 110 000 002" })];
    const check = checkDeployment(rows, ROOMY);
    expect(check.errors).toEqual({});
    expect(check.supervisors).toEqual({ r2: { name: "Els Visser", skjNumber: "110000002" } });
    const bad = checkDeployment([hbo(), mbo({ supervisorRowId: null, supervisorName: "", supervisorSkjNumber: "12" })], ROOMY);
    expect(Object.keys(bad.errors).sort()).toEqual(["rows.1.supervisorName", "rows.1.supervisorSkjNumber"]);
    expect(bad.supervisors).toEqual({});
    const noSkj = checkDeployment([hbo(), mbo({ supervisorRowId: null, supervisorName: "Els" })], ROOMY);
    expect(noSkj.errors).toEqual({ "rows.1.supervisorSkjNumber": "Vul het SKJ-nummer van de begeleider in." });
  });
});

describe("hours per week", () => {
  it.each([
    ["16", "16"],
    ["7,5", "7.5"],
    ["7.25", "7.25"],
    ["0,25", "0.25"],
    ["40", "40"],
    [" 8,00 ", "8"],
  ])("accepts %j", (text, value) => {
    const parsed = parseHoursPerWeek(text);
    expect(typeof parsed).toBe("object");
    if (typeof parsed !== "string") expect(Number(parsed.num) / Number(parsed.den)).toBe(Number(value));
  });
  it.each([
    ["", /Vul het aantal uren/],
    ["acht", /Vul het aantal uren/],
    ["0", /groter zijn dan 0/],
    ["-4", /groter zijn dan 0/],
    ["40,25", /Ten hoogste 40 uur/],
    ["7,1", /kwartieren/],
    ["7,33", /kwartieren/],
  ])("refuses %j", (text, message) => {
    expect(parseHoursPerWeek(text)).toMatch(message);
  });
  it("the maximum is a parameter", () => {
    expect(parseHoursPerWeek("38", 36)).toBe("Ten hoogste 36 uur per week per persoon.");
  });
  it("an invalid row is reported and left out of the total", () => {
    const check = checkDeployment([hbo(), mbo({ hoursPerWeek: "7,1" })], RULES);
    expect(Object.keys(check.errors)).toEqual(["rows.1.hoursPerWeek"]);
    expect(check.costs.map((c) => c.rowId)).toEqual(["r1"]);
    expect(check.totalCents).toBe(4_565_426n);
  });
});

describe("checkDeployment: invalid parameters throw", () => {
  it.each([
    ["contractMonths 0", { contractMonths: 0 }],
    ["contractMonths 13", { contractMonths: 13 }],
    ["hoursPerFtePerWeek 0", { hoursPerFtePerWeek: "0" }],
    ["hoursPerFtePerWeek x", { hoursPerFtePerWeek: "x" }],
    ["negative cost per FTE", { costPerFteCents: -1n }],
    ["negative minimum", { minEmployees: -1 }],
    ["maximum below minimum", { maxEmployees: 1 }],
  ] as const)("%s", (_label, over) => {
    expect(() => checkDeployment([hbo(), mbo()], { ...RULES, ...over })).toThrow(RangeError);
  });
  it("duplicate row ids", () => {
    expect(() => checkDeployment([hbo(), hbo()], RULES)).toThrow(/duplicate row id/);
  });
});
