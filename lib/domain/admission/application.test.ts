import { describe, expect, it } from "vitest";
import {
  applicationIssues,
  copyReference,
  emptyApplicationContent,
  experienceSummary,
  fieldIds,
  invalidIssues,
  referenceIssues,
  type AdmissionContext,
  type ApplicationContent,
  type ApplicationReference,
} from "./application";

const context: AdmissionContext = {
  clusters: [
    {
      id: "c4", name: "Cluster 4 SO/VSO", minExperienceMonths: 24,
      requirements: [
        { id: "c4-exp", kind: "EXPERIENCE", code: "EXPERIENCE", text: "Minimaal twee jaar ervaring." },
        { id: "c4-kno", kind: "KNOWLEDGE", code: "KNOWLEDGE", text: "Kennis van het zorglandschap." },
        { id: "c4-psy", kind: "EXPERTISE", code: "PSYCHIATRIC", text: "Expertise op het gebied van psychiatrische stoornissen." },
        { id: "c4-beh", kind: "EXPERTISE", code: "BEHAVIOUR", text: "Expertise op het gebied van gedragsproblemen." },
      ],
    },
    { id: "sbo", name: "SBO", minExperienceMonths: 24, requirements: [{ id: "sbo-del", kind: "EXPERTISE", code: "DELAYS", text: "Expertise op het gebied van achterstanden." }] },
  ],
  exclusionGrounds: [
    { id: "g1", code: "CONVICTIONS", text: "Er is geen onherroepelijke veroordeling." },
    { id: "g2", code: "TAXES", text: "Aan de verplichtingen is voldaan." },
  ],
};
const today = "2025-09-15";
const clusterIds = new Set(["c4", "sbo"]);

const reference = (overrides: Partial<ApplicationReference> = {}): ApplicationReference => ({
  clusterId: "c4", schoolName: "De Strandwacht", place: "Monster", startOn: "2022-08-01", endOn: "2025-07-31",
  description: "Groepsgewijze interventies en leerkrachtondersteuning.", contactName: "J. de Boer", contactEmail: "j.deboer@school.example", contactPhone: "",
  ...overrides,
});

const complete = (): ApplicationContent => ({
  clusterIds: ["c4"],
  clusters: { c4: { careLandscapeKnowledge: "Wij kennen het zorglandschap.", educationalOfferKnowledge: "En het onderwijsaanbod.", expertise: { "c4-psy": "GGZ-team", "c4-beh": "Gedragsspecialisten" } } },
  declaredGroundIds: ["g1", "g2"],
  signerName: "Pieter Jansen",
  signerFunction: "Bestuurder",
  signedOn: "2025-09-10",
  references: [reference()],
  documents: [{ documentId: "d1", label: "Referentieverklaring" }],
});

describe("applicationIssues", () => {
  it("finds nothing in a complete application", () => {
    expect(applicationIssues(complete(), context, today)).toEqual([]);
  });

  it("lists everything an empty application lacks, in the order of the form, each with the field to go to", () => {
    const issues = applicationIssues(emptyApplicationContent(), context, today);
    expect(issues.map((i) => i.fieldId)).toEqual(["clusters", "declaration-g1", "declaration-g2", "signerName", "signerFunction", "signedOn", "reference-add"]);
    expect(issues[0]).toEqual({ fieldId: "clusters", message: "Kies ten minste één cluster waarvoor u toelating aanvraagt.", fieldMessage: "Kies ten minste één cluster waarvoor u toelating aanvraagt.", kind: "missing" });
    expect(issues[1]).toEqual({
      fieldId: "declaration-g1",
      message: "Uitsluitingsgrond 1: bevestig de verklaring („Er is geen onherroepelijke veroordeling”).",
      fieldMessage: "Bevestig deze verklaring.",
      kind: "missing",
    });
  });

  it("asks per chosen cluster for both kinds of knowledge and every expertise, not for clusters that are not chosen", () => {
    const content = complete();
    content.clusterIds = ["c4", "sbo"];
    content.clusters.c4 = { careLandscapeKnowledge: " ", educationalOfferKnowledge: "", expertise: { "c4-psy": "ja" } };
    const issues = applicationIssues(content, context, today);
    expect(issues[0]).toEqual({
      fieldId: "cluster-c4-careLandscapeKnowledge",
      message: "Cluster 4 SO/VSO: beschrijf uw kennis van het zorglandschap in de regio.",
      fieldMessage: "Beschrijf uw kennis van het zorglandschap in de regio.",
      kind: "missing",
    });
    expect(issues.map(({ fieldMessage: _short, ...rest }) => rest)).toEqual([
      { fieldId: "cluster-c4-careLandscapeKnowledge", message: "Cluster 4 SO/VSO: beschrijf uw kennis van het zorglandschap in de regio.", kind: "missing" },
      { fieldId: "cluster-c4-educationalOfferKnowledge", message: "Cluster 4 SO/VSO: beschrijf uw kennis van het onderwijsaanbod.", kind: "missing" },
      { fieldId: "cluster-c4-expertise-c4-beh", message: "Cluster 4 SO/VSO: onderbouw „Expertise op het gebied van gedragsproblemen”.", kind: "missing" },
      { fieldId: "cluster-sbo-careLandscapeKnowledge", message: "SBO: beschrijf uw kennis van het zorglandschap in de regio.", kind: "missing" },
      { fieldId: "cluster-sbo-educationalOfferKnowledge", message: "SBO: beschrijf uw kennis van het onderwijsaanbod.", kind: "missing" },
      { fieldId: "cluster-sbo-expertise-sbo-del", message: "SBO: onderbouw „Expertise op het gebied van achterstanden”.", kind: "missing" },
    ]);
  });

  it("refuses a signing date after today", () => {
    expect(applicationIssues({ ...complete(), signedOn: "2025-09-16" }, context, today)).toEqual([
      { fieldId: "signedOn", message: "De datum van ondertekening kan niet na vandaag liggen.", fieldMessage: "De datum van ondertekening kan niet na vandaag liggen.", kind: "invalid" },
    ]);
  });

  it("asks for a description of every document", () => {
    expect(applicationIssues({ ...complete(), documents: [{ documentId: "d1", label: "Verklaring" }, { documentId: "d2", label: "  " }] }, context, today)).toEqual([
      { fieldId: "document-2-label", message: "Document 2: geef aan wat dit document is (omschrijving).", fieldMessage: "Geef aan wat dit document is (omschrijving).", kind: "missing" },
    ]);
  });

  it("does not count an experience below the minimum as missing (it is a warning)", () => {
    const content = { ...complete(), references: [reference({ startOn: "2025-01-01", endOn: "2025-06-30" })] };
    expect(applicationIssues(content, context, today)).toEqual([]);
    expect(experienceSummary(content, context)).toEqual([
      { clusterId: "c4", clusterName: "Cluster 4 SO/VSO", experience: { months: 6, days: 0 }, minMonths: 24, meetsMinimum: false, referenceCount: 1 },
    ]);
  });
});

describe("referenceIssues", () => {
  const messages = (r: ApplicationReference) => referenceIssues(r, 1, today, clusterIds).map((i) => `${i.fieldId} ${i.kind}: ${i.message}`);

  it("accepts a reference that ended today", () => {
    expect(messages(reference({ endOn: today }))).toEqual([]);
  });

  it("refuses an end date before the start date", () => {
    expect(messages(reference({ startOn: "2024-05-01", endOn: "2024-04-30" }))).toEqual(["reference-2-endOn invalid: Referentie 2: de einddatum ligt vóór de begindatum."]);
    expect(referenceIssues(reference({ startOn: "2024-05-01", endOn: "2024-04-30" }), 1, today, clusterIds)[0]?.fieldMessage).toBe("De einddatum ligt vóór de begindatum.");
  });

  it("refuses a start in the future and an end after today", () => {
    expect(messages(reference({ startOn: "2025-09-16", endOn: "2025-12-31" }))).toEqual([
      "reference-2-startOn invalid: Referentie 2: de begindatum ligt in de toekomst. Alleen opdrachten die al zijn begonnen tellen mee.",
      "reference-2-endOn invalid: Referentie 2: de einddatum ligt na vandaag. Loopt de opdracht nog? Vul dan de datum van vandaag in.",
    ]);
    expect(messages(reference({ endOn: "2025-09-16" }))).toEqual([
      "reference-2-endOn invalid: Referentie 2: de einddatum ligt na vandaag. Loopt de opdracht nog? Vul dan de datum van vandaag in.",
    ]);
  });

  it("lists empty fields as missing, an impossible date and a wrong e-mail as invalid", () => {
    const empty: ApplicationReference = { clusterId: "c4", schoolName: "", place: "", startOn: "", endOn: "2025-02-30", description: "", contactName: "", contactEmail: "geen-adres", contactPhone: "" };
    expect(messages(empty)).toEqual([
      "reference-2-schoolName missing: Referentie 2: vul de naam van de school in.",
      "reference-2-place missing: Referentie 2: vul de plaats van de school in.",
      "reference-2-startOn missing: Referentie 2: vul de begindatum in.",
      "reference-2-endOn invalid: Referentie 2: vul een bestaande einddatum in.",
      "reference-2-description missing: Referentie 2: beschrijf de jeugdhulp die u op de school heeft geleverd.",
      "reference-2-contactName missing: Referentie 2: vul de naam van de contactpersoon bij de school in.",
      "reference-2-contactEmail invalid: Referentie 2: vul een geldig e-mailadres van de contactpersoon in, bijvoorbeeld naam@school.nl.",
    ]);
  });

  it("needs an e-mail address or a phone number of the contact person", () => {
    expect(messages(reference({ contactEmail: "", contactPhone: "" }))).toEqual([
      "reference-2-contactEmail missing: Referentie 2: vul een e-mailadres of telefoonnummer van de contactpersoon in.",
    ]);
    expect(messages(reference({ contactEmail: "", contactPhone: "015 123 45 67" }))).toEqual([]);
  });

  it("refuses a cluster that is not in the procedure", () => {
    expect(messages(reference({ clusterId: "elders" }))).toEqual(["reference-2-clusterId invalid: Referentie 2: kies het schooltype (cluster) waarvoor deze referentie telt."]);
  });
});

describe("invalidIssues and experienceSummary", () => {
  it("shows only what is wrong in a draft, not what is still empty", () => {
    const draft = { ...emptyApplicationContent(), references: [{ ...reference(), schoolName: "", endOn: "2026-01-01" }] };
    expect(invalidIssues(draft, context, today).map((i) => i.fieldId)).toEqual(["reference-1-endOn"]);
  });

  it("counts a reference for the cluster it names only, once across overlapping references", () => {
    const content = {
      clusterIds: ["c4", "sbo"],
      references: [
        reference({ startOn: "2021-01-01", endOn: "2022-12-31" }),
        reference({ startOn: "2022-06-01", endOn: "2023-03-31" }),
        reference({ clusterId: "sbo", startOn: "2024-01-01", endOn: "2024-03-31" }),
      ],
    };
    expect(experienceSummary(content, context).map((c) => [c.clusterId, c.experience, c.meetsMinimum, c.referenceCount])).toEqual([
      ["c4", { months: 27, days: 0 }, true, 2],
      ["sbo", { months: 3, days: 0 }, false, 1],
    ]);
  });

  it("builds field ids the form uses as element ids", () => {
    expect(fieldIds.reference(0, "startOn")).toBe("reference-1-startOn");
    expect(fieldIds.expertise("c4", "c4-psy")).toBe("cluster-c4-expertise-c4-psy");
  });
});

describe("copyReference", () => {
  const all = ["c4", "sbo", "c3"];

  it("copies every field and counts the copy for the next chosen cluster, right after the original", () => {
    const refs = [reference({ schoolName: "Elders" }), reference()];
    expect(copyReference(refs, 1, ["c4", "sbo"], all)).toEqual({ reference: { ...reference(), clusterId: "sbo" }, at: 2 });
  });

  it("skips clusters the same assignment already counts for, then takes any other cluster of the procedure", () => {
    const refs = [reference(), reference({ clusterId: "sbo" })];
    expect(copyReference(refs, 0, ["c4", "sbo"], all)?.reference.clusterId).toBe("c3");
  });

  it("gives nothing when the assignment counts for every cluster already, or the index does not exist", () => {
    const refs = [reference(), reference({ clusterId: "sbo" }), reference({ clusterId: "c3" })];
    expect(copyReference(refs, 0, ["c4"], all)).toBeNull();
    expect(copyReference(refs, 7, ["c4"], all)).toBeNull();
  });
});
