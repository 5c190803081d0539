import { describe, expect, it } from "vitest";
import { summarisePlanGaps, type PlanGap } from "./completeness";

describe("summarisePlanGaps", () => {
  it("is empty for a complete plan", () => {
    expect(summarisePlanGaps([])).toEqual([]);
  });

  it("gives one short line per part, in the order of the plan", () => {
    const gaps: PlanGap[] = [
      { part: "DEPLOYMENT", key: "rows", message: "Inzet: Zet ten minste 2 medewerkers in; nu 1." },
      { part: "DEPLOYMENT", key: "rows.0.skjNumber", message: "Inzet, rij 1: Een hbo-jeugdprofessional moet SKJ-geregistreerd zijn." },
      { part: "DEPLOYMENT", key: "rows.0.role", message: "Inzet, rij 1: Vul de functie in." },
      { part: "DEPLOYMENT", key: "rows.2.hoursPerWeek", message: "Inzet, rij 3: Vul het aantal uren per week in." },
      { part: "SCHOOL", message: 'Deel van de school: vul "Context van de school" in.' },
      { part: "SCHOOL", message: 'Deel van de school: vul "Pedagogisch klimaat" in.' },
      { part: "APPROACH", subject: "Jeugdhulp De Brug", message: "Jeugdhulp De Brug: beschrijf de aanpak bij onderwerp 1, 2." },
      { part: "APPROACH", subject: "Kompas Jeugd en Gezin", message: "Kompas Jeugd en Gezin: beschrijf de aanpak bij onderwerp 3." },
      { part: "PROVIDER", message: 'Deel van de aanbieder: vul "Continuïteit van personeel" in.' },
      { part: "CHOICE", message: "De keuze van de school is nog niet definitief." },
    ];
    expect(summarisePlanGaps(gaps)).toEqual([
      "Keuze van de school nog niet definitief",
      "Deel school onvolledig (2 onderdelen open)",
      "Deel aanbieder onvolledig (1 onderdeel open)",
      "Aanpak per onderwerp onvolledig (Jeugdhulp De Brug, Kompas Jeugd en Gezin)",
      "Inzet: Zet ten minste 2 medewerkers in; nu 1.",
      "Inzet: 2 rijen onvolledig of onjuist",
    ]);
  });

  it("names an unpublished budget and a deployment over the amount", () => {
    expect(summarisePlanGaps([{ part: "BUDGET", message: "…" }])).toEqual(["Vast bedrag van de school nog niet gepubliceerd"]);
    expect(summarisePlanGaps([{ part: "DEPLOYMENT", key: "total", message: "Inzet: De inzet kost € 2,00: € 1,00 boven het vaste jaarbedrag van € 1,00. Verminder de uren." }])).toEqual([
      "Inzet: De inzet kost € 2,00: € 1,00 boven het vaste jaarbedrag van € 1,00. Verminder de uren.",
    ]);
    expect(summarisePlanGaps([{ part: "DEPLOYMENT", key: "rows.4.role", message: "x" }])).toEqual(["Inzet: 1 rij onvolledig of onjuist"]);
  });
});
