// The admission application (SPEC §7, issue 6), provider side: what a complete
// application holds, and which parts are missing or wrong. A draft may be
// incomplete (it is saved as it is); only a submit needs everything below.
// Pure: procedure data and `today` (a LocalDate from the server clock) are
// parameters.

import { isValidLocalDate, type LocalDate } from "../local-time";
import { experienceFor, meetsMinimum, type Experience, type ReferencePeriod } from "./experience";

export interface ApplicationReference {
  /** The school type (cluster) this reference counts for. */
  clusterId: string;
  schoolName: string;
  place: string;
  /** "YYYY-MM-DD" or "" while not filled in. */
  startOn: string;
  /** "YYYY-MM-DD" (inclusive) or "" while not filled in. */
  endOn: string;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export interface ApplicationClusterPart {
  careLandscapeKnowledge: string;
  educationalOfferKnowledge: string;
  /** Substantiation per EXPERTISE requirement id. */
  expertise: Record<string, string>;
}

export interface ApplicationDocumentLink {
  documentId: string;
  label: string;
}

/** The content of one version of an application, as the form edits it and a receipt proves it. */
export interface ApplicationContent {
  clusterIds: string[];
  /** Per cluster id; entries of clusters that are not chosen are ignored. */
  clusters: Record<string, ApplicationClusterPart>;
  /** The exclusion grounds the signer declares. */
  declaredGroundIds: string[];
  signerName: string;
  signerFunction: string;
  /** "YYYY-MM-DD" or "". */
  signedOn: string;
  references: ApplicationReference[];
  documents: ApplicationDocumentLink[];
}

export type RequirementKind = "EXPERIENCE" | "KNOWLEDGE" | "EXPERTISE";

/** The procedure data an application is checked against. */
export interface AdmissionContext {
  clusters: {
    id: string;
    name: string;
    minExperienceMonths: number;
    requirements: { id: string; kind: RequirementKind; code: string; text: string }[];
  }[];
  exclusionGrounds: { id: string; code: string; text: string }[];
}

export interface ApplicationIssue {
  /** The id of the form control to go to (used as an anchor). */
  fieldId: string;
  /** For the list of issues: says which part of the form it is about. */
  message: string;
  /** For under the field itself, where the context is visible. */
  fieldMessage: string;
  /** "missing": only a submit needs it; "invalid": wrong even in a draft (shown at once). */
  kind: "missing" | "invalid";
}

export const REFERENCE_FIELDS = ["clusterId", "schoolName", "place", "startOn", "endOn", "description", "contactName", "contactEmail", "contactPhone"] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

/** The ids of the form controls, shared by the form (element ids) and the issue list (anchors). */
export const fieldIds = {
  clusters: "clusters",
  declaration: (groundId: string) => `declaration-${groundId}`,
  signerName: "signerName",
  signerFunction: "signerFunction",
  signedOn: "signedOn",
  addReference: "reference-add",
  /** `index` is 0-based; the id (and the message) use the 1-based number the user sees. */
  reference: (index: number, field: ReferenceField) => `reference-${index + 1}-${field}`,
  careLandscape: (clusterId: string) => `cluster-${clusterId}-careLandscapeKnowledge`,
  educationalOffer: (clusterId: string) => `cluster-${clusterId}-educationalOfferKnowledge`,
  expertise: (clusterId: string, requirementId: string) => `cluster-${clusterId}-expertise-${requirementId}`,
  documentLabel: (index: number) => `document-${index + 1}-label`,
};

const blank = (s: string | undefined) => (s ?? "").trim().length === 0;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An issue of one part ("Referentie 2", "SBO"): the list names the part, the field does not need to. */
function partIssue(fieldId: string, part: string, text: string, kind: ApplicationIssue["kind"]): ApplicationIssue {
  return { fieldId, message: `${part}: ${text}`, fieldMessage: sentence(text), kind };
}

/** A requirement text as a phrase inside a sentence: without its final full stop. */
function phrase(text: string): string {
  return text.trim().replace(/\.$/, "");
}

/**
 * Problems of one reference. Dates: both must be filled in; the end not
 * before the start; the start not in the future and the end not after today
 * (only work that has been done counts; an ongoing assignment ends "today").
 */
export function referenceIssues(reference: ApplicationReference, index: number, today: LocalDate, clusterIds: ReadonlySet<string>): ApplicationIssue[] {
  const n = index + 1;
  const id = (field: ReferenceField) => fieldIds.reference(index, field);
  const issues: ApplicationIssue[] = [];
  const missing = (field: ReferenceField, text: string) => issues.push(partIssue(id(field), `Referentie ${n}`, text, "missing"));
  const invalid = (field: ReferenceField, text: string) => issues.push(partIssue(id(field), `Referentie ${n}`, text, "invalid"));

  if (blank(reference.schoolName)) missing("schoolName", "vul de naam van de school in.");
  if (!clusterIds.has(reference.clusterId)) invalid("clusterId", "kies het schooltype (cluster) waarvoor deze referentie telt.");
  if (blank(reference.place)) missing("place", "vul de plaats van de school in.");

  const start = reference.startOn;
  const end = reference.endOn;
  if (blank(start)) missing("startOn", "vul de begindatum in.");
  else if (!isValidLocalDate(start)) invalid("startOn", "vul een bestaande begindatum in.");
  else if (start > today) invalid("startOn", "de begindatum ligt in de toekomst. Alleen opdrachten die al zijn begonnen tellen mee.");
  if (blank(end)) missing("endOn", "vul de einddatum in.");
  else if (!isValidLocalDate(end)) invalid("endOn", "vul een bestaande einddatum in.");
  else if (isValidLocalDate(start) && end < start) invalid("endOn", "de einddatum ligt vóór de begindatum.");
  else if (end > today) invalid("endOn", "de einddatum ligt na vandaag. Loopt de opdracht nog? Vul dan de datum van vandaag in.");

  if (blank(reference.description)) missing("description", "beschrijf de jeugdhulp die u op de school heeft geleverd.");
  if (blank(reference.contactName)) missing("contactName", "vul de naam van de contactpersoon bij de school in.");
  if (!blank(reference.contactEmail) && !EMAIL.test(reference.contactEmail.trim())) {
    invalid("contactEmail", "vul een geldig e-mailadres van de contactpersoon in, bijvoorbeeld naam@school.nl.");
  } else if (blank(reference.contactEmail) && blank(reference.contactPhone)) {
    missing("contactEmail", "vul een e-mailadres of telefoonnummer van de contactpersoon in.");
  }
  return issues;
}

/**
 * Everything that stands between this content and a submit, in the order of
 * the form. Empty = complete. An experience below the minimum is not in this
 * list: it is a warning (experienceSummary), and the provider may submit anyway.
 */
export function applicationIssues(content: ApplicationContent, context: AdmissionContext, today: LocalDate): ApplicationIssue[] {
  const issues: ApplicationIssue[] = [];
  const missing = (fieldId: string, message: string) => issues.push({ fieldId, message, fieldMessage: message, kind: "missing" });
  const invalid = (fieldId: string, message: string) => issues.push({ fieldId, message, fieldMessage: message, kind: "invalid" });
  const chosen = context.clusters.filter((c) => content.clusterIds.includes(c.id));

  if (chosen.length === 0) missing(fieldIds.clusters, "Kies ten minste één cluster waarvoor u toelating aanvraagt.");

  context.exclusionGrounds.forEach((ground, i) => {
    if (!content.declaredGroundIds.includes(ground.id)) {
      issues.push({
        fieldId: fieldIds.declaration(ground.id),
        message: `Uitsluitingsgrond ${i + 1}: bevestig de verklaring („${phrase(ground.text)}”).`,
        fieldMessage: "Bevestig deze verklaring.",
        kind: "missing",
      });
    }
  });
  if (blank(content.signerName)) missing(fieldIds.signerName, "Vul de naam in van de persoon die de verklaring ondertekent.");
  if (blank(content.signerFunction)) missing(fieldIds.signerFunction, "Vul de functie van de ondertekenaar in.");
  if (blank(content.signedOn)) missing(fieldIds.signedOn, "Vul de datum van ondertekening in.");
  else if (!isValidLocalDate(content.signedOn)) invalid(fieldIds.signedOn, "Vul een bestaande datum van ondertekening in.");
  else if (content.signedOn > today) invalid(fieldIds.signedOn, "De datum van ondertekening kan niet na vandaag liggen.");

  if (content.references.length === 0) missing(fieldIds.addReference, "Voeg ten minste één referentieopdracht toe.");
  const clusterIds = new Set(context.clusters.map((c) => c.id));
  content.references.forEach((r, i) => issues.push(...referenceIssues(r, i, today, clusterIds)));

  for (const cluster of chosen) {
    const part = content.clusters[cluster.id];
    const ofCluster = (fieldId: string, text: string) => issues.push(partIssue(fieldId, cluster.name, text, "missing"));
    if (blank(part?.careLandscapeKnowledge)) ofCluster(fieldIds.careLandscape(cluster.id), "beschrijf uw kennis van het zorglandschap in de regio.");
    if (blank(part?.educationalOfferKnowledge)) ofCluster(fieldIds.educationalOffer(cluster.id), "beschrijf uw kennis van het onderwijsaanbod.");
    for (const requirement of cluster.requirements.filter((r) => r.kind === "EXPERTISE")) {
      if (blank(part?.expertise[requirement.id])) ofCluster(fieldIds.expertise(cluster.id, requirement.id), `onderbouw „${phrase(requirement.text)}”.`);
    }
  }

  content.documents.forEach((d, i) => {
    if (blank(d.label)) issues.push(partIssue(fieldIds.documentLabel(i), `Document ${i + 1}`, "geef aan wat dit document is (omschrijving).", "missing"));
  });
  return issues;
}

/** Issues that are wrong even in a draft (dates, e-mail): shown while the provider types. */
export function invalidIssues(content: ApplicationContent, context: AdmissionContext, today: LocalDate): ApplicationIssue[] {
  return applicationIssues(content, context, today).filter((i) => i.kind === "invalid");
}

export interface ClusterExperience {
  clusterId: string;
  clusterName: string;
  experience: Experience;
  minMonths: number;
  meetsMinimum: boolean;
  /** How many references count for this cluster. */
  referenceCount: number;
}

/** The periods of the references, for experienceFor. */
export function referencePeriods(references: readonly ApplicationReference[]): ReferencePeriod[] {
  return references.map((r) => ({ clusterId: r.clusterId, startOn: r.startOn, endOn: r.endOn }));
}

/** The experience per chosen cluster, computed from the references (see ./experience for the rule). */
export function experienceSummary(content: Pick<ApplicationContent, "clusterIds" | "references">, context: AdmissionContext): ClusterExperience[] {
  const periods = referencePeriods(content.references);
  return context.clusters
    .filter((c) => content.clusterIds.includes(c.id))
    .map((c) => {
      const experience = experienceFor(periods, c.id);
      return {
        clusterId: c.id,
        clusterName: c.name,
        experience,
        minMonths: c.minExperienceMonths,
        meetsMinimum: meetsMinimum(experience, c.minExperienceMonths),
        referenceCount: content.references.filter((r) => r.clusterId === c.id).length,
      };
    });
}

/**
 * A copy of reference `index` that counts for another school type, so that an
 * assignment at a school with pupils of two clusters is not typed twice. It
 * counts for the first chosen cluster that has no copy of this assignment yet
 * (else the first other cluster of the procedure); it goes right after the
 * original. The experience rule never counts one period twice per cluster.
 */
export function copyReference(references: readonly ApplicationReference[], index: number, chosenClusterIds: readonly string[], allClusterIds: readonly string[]): { reference: ApplicationReference; at: number } | null {
  const original = references[index];
  if (!original) return null;
  const sameAssignment = (r: ApplicationReference) => r.schoolName === original.schoolName && r.startOn === original.startOn && r.endOn === original.endOn;
  const covered = new Set(references.filter(sameAssignment).map((r) => r.clusterId));
  const target = [...chosenClusterIds, ...allClusterIds].find((id) => !covered.has(id) && allClusterIds.includes(id));
  return target ? { reference: { ...original, clusterId: target }, at: index + 1 } : null;
}

/** An empty application: the starting point of a first draft. */
export function emptyApplicationContent(): ApplicationContent {
  return { clusterIds: [], clusters: {}, declaredGroundIds: [], signerName: "", signerFunction: "", signedOn: "", references: [], documents: [] };
}
