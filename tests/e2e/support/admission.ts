import { expect, type Locator, type Page } from "@playwright/test";

// The admission application form, filled as a provider fills it: one way for
// every spec. Each step sets the form to what it is given, whatever the form
// held before (a fresh form, or the provider's earlier version, which the
// form starts from), so a spec may run before or after another one that used
// the same demo provider.

/** The clusters of the demo procedure, by the name the form shows. */
export const CLUSTERS = {
  C4: "Cluster 4 SO/VSO",
  SBO: "Speciaal Basisonderwijs (SBO)",
  C3: "Cluster 3 SO (Keerkring)",
} as const;
export type ClusterName = (typeof CLUSTERS)[keyof typeof CLUSTERS];

export interface ReferenceInput {
  schoolName: string;
  place: string;
  /** The school type the reference counts for. */
  cluster: ClusterName;
  /** "YYYY-MM-DD" */
  startOn: string;
  /** "YYYY-MM-DD", inclusive */
  endOn: string;
  description: string;
  contactName: string;
  contactEmail: string;
}

export interface ClusterTexts {
  careLandscape: string;
  educationalOffer: string;
  /** Used for each expertise the cluster asks for. */
  expertise: string;
}

export interface DocumentInput {
  file: { name: string; mimeType: string; buffer: Buffer };
  label: string;
}

/** Everything a submit needs (only what is required: no phone numbers). */
export interface ApplicationInput {
  signer: { name: string; function: string; signedOn: string };
  references: ReferenceInput[];
  /** The clusters applied for, each with its texts. */
  clusters: Partial<Record<ClusterName, ClusterTexts>>;
  documents: DocumentInput[];
}

/** A minimal valid PDF (the server checks the content, not the name). */
export function pdf(name: string): DocumentInput["file"] {
  return { name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%%EOF\n") };
}

export function applicationForm(page: Page): Locator {
  return page.getByRole("form", { name: "Aanvraag tot toelating" });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A cluster's checkbox (its accessible name continues with the scope and minimum). */
export function clusterCheckbox(form: Locator, cluster: ClusterName): Locator {
  return form.getByRole("checkbox", { name: new RegExp(`^${escape(cluster)}`) });
}

/** Ticks exactly these clusters. */
export async function chooseClusters(form: Locator, chosen: readonly ClusterName[]): Promise<void> {
  for (const cluster of Object.values(CLUSTERS)) await clusterCheckbox(form, cluster).setChecked(chosen.includes(cluster));
}

/** Declares every exclusion ground and signs. */
export async function declareAndSign(form: Locator, signer: ApplicationInput["signer"]): Promise<void> {
  for (const declaration of await form.getByRole("checkbox", { name: /^Ik verklaar namens mijn organisatie/ }).all()) await declaration.check();
  await form.getByLabel("Naam van de ondertekenaar").fill(signer.name);
  await form.getByLabel("Functie").fill(signer.function);
  await form.getByLabel("Datum van ondertekening").fill(signer.signedOn);
}

/** Reference `n` (1-based), added when the form has fewer. */
export function referenceGroup(form: Locator, n: number): Locator {
  return form.getByRole("group", { name: `Referentie ${n}`, exact: true });
}

export async function fillReference(form: Locator, n: number, reference: ReferenceInput): Promise<Locator> {
  const group = referenceGroup(form, n);
  if ((await group.count()) === 0) {
    await form.getByRole("button", { name: "Referentieopdracht toevoegen" }).click();
    await expect(group).toBeVisible();
  }
  await group.getByLabel("Naam van de school").fill(reference.schoolName);
  await group.getByLabel("Telt voor schooltype (cluster)").selectOption({ label: reference.cluster });
  await group.getByLabel("Plaats").fill(reference.place);
  await group.getByLabel("Begindatum").fill(reference.startOn);
  await group.getByLabel("Einddatum (tot en met)").fill(reference.endOn);
  await group.getByLabel("Beschrijving van de jeugdhulp die u op de school leverde").fill(reference.description);
  await group.getByLabel("Contactpersoon bij de school").fill(reference.contactName);
  await group.getByLabel("E-mailadres contactpersoon").fill(reference.contactEmail);
  return group;
}

/** Sets the references to exactly these. */
export async function fillReferences(form: Locator, references: readonly ReferenceInput[]): Promise<void> {
  for (const [i, reference] of references.entries()) await fillReference(form, i + 1, reference);
  const extra = referenceGroup(form, references.length + 1);
  while ((await extra.count()) > 0) {
    const before = await form.getByRole("group", { name: /^Referentie \d+$/ }).count();
    await extra.getByRole("button", { name: `Referentie ${references.length + 1} verwijderen` }).click();
    await expect(form.getByRole("group", { name: /^Referentie \d+$/ })).toHaveCount(before - 1);
  }
}

/** The part of the form for one chosen cluster: experience, knowledge, expertise. */
export function clusterPart(form: Locator, cluster: ClusterName): Locator {
  return form.getByRole("group", { name: `${cluster}: eisen`, exact: true });
}

export async function fillClusterTexts(form: Locator, cluster: ClusterName, texts: ClusterTexts): Promise<void> {
  const part = clusterPart(form, cluster);
  await part.getByLabel("Kennis van het zorglandschap in de regio").fill(texts.careLandscape);
  await part.getByLabel(`Kennis van het onderwijsaanbod voor ${cluster}`).fill(texts.educationalOffer);
  const expertise = await part.getByLabel(/^Expertise op het gebied van/).all();
  expect(expertise.length, `expertise fields of ${cluster}`).toBeGreaterThan(0);
  for (const field of expertise) await field.fill(texts.expertise);
}

/** Uploads one document (checked by content on the server) and describes it as document `n`. */
export async function addDocument(form: Locator, n: number, document: DocumentInput): Promise<void> {
  await form.getByLabel("Document toevoegen").setInputFiles(document.file);
  await expect(form.getByRole("link", { name: document.file.name })).toBeVisible();
  await form.getByLabel(`Omschrijving van document ${n}`).fill(document.label);
}

/** Sets the documents to exactly these (earlier ones are removed first). */
export async function setDocuments(form: Locator, documents: readonly DocumentInput[]): Promise<void> {
  const remove = form.getByRole("button", { name: "Document 1 verwijderen" });
  while ((await remove.count()) > 0) {
    const before = await form.getByRole("button", { name: /^Document \d+ verwijderen$/ }).count();
    await remove.click();
    await expect(form.getByRole("button", { name: /^Document \d+ verwijderen$/ })).toHaveCount(before - 1);
  }
  for (const [i, document] of documents.entries()) await addDocument(form, i + 1, document);
}

/** Fills the whole application: clusters, declarations, references, cluster texts, documents. */
export async function fillApplication(form: Locator, application: ApplicationInput): Promise<void> {
  const clusters = Object.keys(application.clusters) as ClusterName[];
  await chooseClusters(form, clusters);
  await declareAndSign(form, application.signer);
  await fillReferences(form, application.references);
  for (const cluster of clusters) await fillClusterTexts(form, cluster, application.clusters[cluster] as ClusterTexts);
  await setDocuments(form, application.documents);
}

export interface SubmittedApplication {
  version: number;
  receiptNumber: string;
  /** The id of the submitted version (from its link under "Ingediende versies"). */
  applicationId: string;
}

/**
 * Submits the complete form and reads the receipt. With `belowMinimum` the
 * experience warning must come first and is confirmed with "Toch indienen";
 * without it, the application must go in at once.
 */
export async function submitApplication(page: Page, { belowMinimum }: { belowMinimum: boolean }): Promise<SubmittedApplication> {
  const form = applicationForm(page);
  await form.getByRole("button", { name: "Aanvraag indienen" }).click();
  const confirm = form.getByRole("heading", { name: "Let op: toch indienen?" });
  if (belowMinimum) {
    await expect(confirm).toBeFocused();
    await form.getByRole("button", { name: "Toch indienen" }).click();
  }
  const received = page.getByText(/^Uw aanvraag is ontvangen \(versie \d+\)\./);
  await expect(received).toBeVisible();
  if (!belowMinimum) await expect(confirm).toHaveCount(0);
  const version = Number(/versie (\d+)/.exec((await received.textContent()) ?? "")?.[1]);
  const receipt = page.getByRole("region", { name: "Ontvangstbewijs" });
  await expect(receipt).toContainText(`Aanvraag tot toelating, versie ${version}`);
  const receiptNumber = (await receipt.getByTestId("receipt-number").textContent()) ?? "";
  expect(receiptNumber).toMatch(/^TOE-2025-\d{6}$/);
  const listed = page
    .getByRole("region", { name: "Ingediende versies" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `ontvangstbewijs ${receiptNumber}` }) });
  const link = listed.getByRole("link", { name: `Versie ${version}`, exact: true });
  await expect(link).toHaveAttribute("href", /^\/aanbieder\/toelating\/versie\/[^/]+$/);
  await expect(listed).toContainText("(geldt)");
  const applicationId = ((await link.getAttribute("href")) ?? "").split("/").pop() ?? "";
  return { version, receiptNumber, applicationId };
}
