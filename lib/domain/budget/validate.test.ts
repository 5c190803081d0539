import { describe, expect, it } from "vitest";
import { DEFAULT_BUDGET_NORMS } from "./norms";
import { DEFAULT_BUDGET_LIMITS, type BudgetInput } from "./types";
import { validateBudgetInput } from "./validate";
import { WORKED_EXAMPLE_INPUT } from "./worked-example";

const base = WORKED_EXAMPLE_INPUT;
const sbo = base.clusters[0]!;
const withCluster = (patch: Partial<typeof sbo>): BudgetInput => ({ ...base, clusters: [{ ...sbo, ...patch }] });
const errorsOf = (input: BudgetInput) => validateBudgetInput(input);

describe("validateBudgetInput", () => {
  it("accepts the worked example", () => {
    expect(errorsOf(base)).toEqual({});
    expect(validateBudgetInput(base, { norms: DEFAULT_BUDGET_NORMS })).toEqual({});
  });

  describe("functiemix", () => {
    it("shares must add up to 100 %", () => {
      const roles = [
        { name: "A", monthlySalaryCents: 420_000n, shareBasisPoints: 6_000 },
        { name: "B", monthlySalaryCents: 500_000n, shareBasisPoints: 3_550 },
      ];
      expect(errorsOf({ ...base, roles })).toEqual({
        roles: "De aandelen in de functiemix moeten samen 100 % zijn; nu is het 95,50 %.",
      });
    });
    it("needs at least one role", () => {
      expect(errorsOf({ ...base, roles: [] })).toEqual({ roles: "Voeg ten minste één functie toe aan de functiemix." });
    });
    it("checks name, salary and share per role", () => {
      const roles = [
        { name: " ", monthlySalaryCents: 0n, shareBasisPoints: 0 },
        { name: "B", monthlySalaryCents: 10_000_001n, shareBasisPoints: 50.5 },
        { name: "b", monthlySalaryCents: 100n, shareBasisPoints: 10_000 },
      ];
      expect(errorsOf({ ...base, roles })).toEqual({
        "roles.0.name": "Vul de naam van de functie in.",
        "roles.0.monthlySalaryCents": "Vul een maandsalaris groter dan € 0,00 in.",
        "roles.0.shareBasisPoints": "Vul een aandeel groter dan 0 % en hoogstens 100 % in (maximaal 2 decimalen).",
        "roles.1.monthlySalaryCents": "Dit maandsalaris is onwaarschijnlijk hoog; het maximum is € 100.000,00.",
        "roles.1.shareBasisPoints": "Vul een aandeel groter dan 0 % en hoogstens 100 % in (maximaal 2 decimalen).",
        "roles.2.name": "Deze functie staat al in de functiemix.",
      });
    });
  });

  describe("percentages", () => {
    it.each([
      ["-1", "Een negatieve waarde is hier niet toegestaan."],
      ["100.01", "Deze waarde is onwaarschijnlijk hoog; het maximum is 100 %."],
      ["8.33333", "Gebruik maximaal 4 cijfers achter de komma."],
      ["acht", "Vul een percentage in, bijvoorbeeld 8,33."],
      ["", "Vul een percentage in, bijvoorbeeld 8,33."],
    ])("%j", (value, message) => {
      expect(errorsOf({ ...base, overheadPct: value })).toEqual({ overheadPct: message });
    });
    it("accepts 0, 100 and a comma", () => {
      expect(errorsOf({ ...base, riskSurchargePct: "0", overheadPct: "100", yearEndBonusPct: "8,33" })).toEqual({});
    });
  });

  describe("clusters and pupils", () => {
    it.each([
      ["0", "De waarde moet groter zijn dan 0."],
      ["-4.5", "Een negatieve waarde is hier niet toegestaan."],
      ["100.5", "Deze waarde is onwaarschijnlijk hoog; het maximum is 100 fte."],
      ["4.555", "Gebruik maximaal 2 cijfers achter de komma."],
      ["vier", "Vul het aantal fte in, bijvoorbeeld 4,5."],
    ])("FTE %j", (fte, message) => {
      expect(errorsOf(withCluster({ fte }))).toEqual({ "clusters.0.fte": message });
    });
    it("an FTE outside the seeds' range needs a reason", () => {
      expect(errorsOf(withCluster({ fte: "5.5" }))).toEqual({
        "clusters.0.fteReason": "Het aantal fte ligt buiten de geschatte bandbreedte van 4–5 fte; geef een reden.",
      });
      expect(errorsOf(withCluster({ fte: "5.5", fteReason: "Extra inzet na overleg" }))).toEqual({});
      expect(errorsOf(withCluster({ fteRange: { min: "5", max: "4" } }))).toEqual({
        "clusters.0.fteRange": "De geschatte bandbreedte van het aantal fte is ongeldig.",
      });
      expect(errorsOf(withCluster({ fte: "0.4", fteRange: { min: "0.5", max: "0.5" } }))).toEqual({
        "clusters.0.fteReason": "Het aantal fte ligt buiten de geschatte bandbreedte van 0,5–0,5 fte; geef een reden.",
      });
    });
    it("zero pupils in a cluster is an error; one school with zero is not", () => {
      const zero = sbo.schools.map((s) => ({ ...s, pupilCount: 0 }));
      expect(errorsOf(withCluster({ schools: zero }))).toEqual({
        "clusters.0.schools":
          "Het cluster Speciaal Basisonderwijs (SBO) heeft in totaal 0 leerlingen; vul de leerlingaantallen in om het bedrag te verdelen.",
      });
      const one = sbo.schools.map((s, i) => ({ ...s, pupilCount: i === 0 ? 0 : s.pupilCount }));
      expect(errorsOf(withCluster({ schools: one }))).toEqual({});
    });
    it("checks each pupil count, empty clusters and duplicates", () => {
      const schools = [
        { id: "a", name: "A", pupilCount: -1 },
        { id: "b", name: "B", pupilCount: 12.5 },
        { id: "c", name: "C", pupilCount: 10_001 },
        { id: "a", name: "A again", pupilCount: 5 },
      ];
      const input: BudgetInput = { ...base, clusters: [{ ...sbo, schools }, { ...sbo, schools: [] }] };
      expect(errorsOf(input)).toEqual({
        "clusters.0.schools.0.pupilCount": "Vul een geheel aantal leerlingen in (0 of meer).",
        "clusters.0.schools.1.pupilCount": "Vul een geheel aantal leerlingen in (0 of meer).",
        "clusters.0.schools.2.pupilCount": "Dit aantal leerlingen is onwaarschijnlijk hoog; het maximum is 10000.",
        "clusters.0.schools.3.id": "Deze school staat dubbel in de berekening.",
        "clusters.1.id": "Dit cluster staat dubbel in de berekening.",
        "clusters.1.schools": "Dit cluster heeft geen scholen; het bedrag kan niet worden verdeeld.",
      });
      expect(errorsOf({ ...base, clusters: [] })).toEqual({ clusters: "Voeg ten minste één cluster toe." });
    });
  });

  describe("contract years", () => {
    const years = (contractYears: BudgetInput["contractYears"]) => errorsOf({ ...base, contractYears });
    it("months must be 1–12", () => {
      expect(years([{ year: 2026, months: 0 }])).toEqual({
        "contractYears.0.months": "Vul een aantal maanden van 1 tot en met 12 in.",
      });
      expect(years([{ year: 2026, months: 13 }])).toHaveProperty("contractYears.0.months");
      expect(years([{ year: 2026, months: 1.5 }])).toHaveProperty("contractYears.0.months");
    });
    it("a later year needs an index; the base year must not have one", () => {
      expect(years([{ year: 2026, months: 10, indexPct: "2" }, { year: 2027, months: 12, indexPct: " " }])).toEqual({
        "contractYears.0.indexPct": "Het eerste contractjaar is het basisjaar en krijgt geen index.",
        "contractYears.1.indexPct": "Vul het indexpercentage voor 2027 in.",
      });
    });
    it("the index is checked as a percentage", () => {
      expect(years([{ year: 2026, months: 10 }, { year: 2027, months: 12, indexPct: "-0.5" }])).toEqual({
        "contractYears.1.indexPct": "Een negatieve waarde is hier niet toegestaan.",
      });
      expect(years([{ year: 2026, months: 10 }, { year: 2027, months: 12, indexPct: "3,1 %" }])).toEqual({
        "contractYears.1.indexPct": "Vul het indexpercentage in, bijvoorbeeld 3,1.",
      });
    });
    it("years must follow each other; keys point at the input position", () => {
      expect(years([{ year: 2028, months: 12, indexPct: "2" }, { year: 2026, months: 10 }])).toEqual({
        "contractYears.0.year": "De contractjaren moeten op elkaar aansluiten: verwacht 2027.",
      });
      expect(years([{ year: 2026, months: 10 }, { year: 2026, months: 2, indexPct: "1" }])).toHaveProperty(
        "contractYears.1.year",
      );
      expect(years([{ year: 1999, months: 12 }])).toEqual({
        "contractYears.0.year": "Vul een jaartal van 2000 tot en met 2100 in.",
      });
      expect(years([])).toEqual({ contractYears: "Voeg ten minste één contractjaar toe." });
    });
  });

  it("checks the norms when given", () => {
    const norms = { ...DEFAULT_BUDGET_NORMS, pupilsPerFte: 0, presence: { weeksPerYear: 40, daysPerWeek: 5, hoursPerDay: 0 } };
    expect(validateBudgetInput(base, { norms })).toEqual({
      "norms.pupilsPerFte": "Vul een positief geheel getal in.",
      "norms.presence.hoursPerDay": "Vul een positief geheel getal in.",
    });
  });
  it("limits can be tightened", () => {
    const errors = validateBudgetInput(withCluster({ fte: "4.5" }), {
      limits: { ...DEFAULT_BUDGET_LIMITS, maxFte: 4 },
    });
    expect(errors).toEqual({ "clusters.0.fte": "Deze waarde is onwaarschijnlijk hoog; het maximum is 4 fte." });
  });
});

