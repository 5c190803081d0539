import "server-only";
import PDFDocument from "pdfkit";
import { toWinAnsi } from "@/lib/exports/questions-export";
import { formatDate, formatDateTimeWithZone } from "@/lib/domain/format";
import { formatMoney } from "@/lib/domain/money";
import { employeeLimitText } from "@/lib/domain/plan/deployment";
import { PLAN_TEXT_LABELS } from "../services/plan-context";
import type { PlanDocument } from "../queries/plan-document";
import type { SignatoryView } from "../queries/plan";

// The plan of approach as a tagged PDF (pdfkit): the whole plan, the
// deployment with costs, the contract terms and a signature page with names,
// e-mail addresses of the signing accounts, functions, times and the SHA-256
// of the signed version. Made from the frozen version's content (terms and
// cost basis included), never from the live plan or procedure.

export interface PlanPdfMeta {
  versionNumber: number;
  contentSha256: string;
  frozenAt: Date;
  final: boolean;
  generatedAt: Date;
  signatories: SignatoryView[];
}

const PARTY = { PROVIDER: "Jeugdhulpaanbieder", SCHOOL: "School", MUNICIPALITY: "Gemeente" } as const;
const LEVEL = { HBO: "hbo", MBO_SUPERVISED: "mbo (onder begeleiding)" } as const;

export function renderPlanPdf(plan: PlanDocument, meta: PlanPdfMeta, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4", margin: 56, pdfVersion: "1.7", tagged: true, lang: "nl-NL", displayTitle: true, compress: options.compress ?? true,
    info: { Title: toWinAnsi(`Plan van aanpak ${plan.schoolName} (versie ${meta.versionNumber})`), Author: "Inkoopportaal Collectieve Jeugdhulp op School", CreationDate: meta.generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const text = (role: string, value: string, font = "Helvetica", size = 10, after = 4) =>
    doc.addStructure(doc.struct(role, {}, () => {
      doc.font(font).fontSize(size).text(toWinAnsi(value || "—"), { paragraphGap: after });
    }));
  const h1 = (v: string) => text("H1", v, "Helvetica-Bold", 18, 6);
  const h2 = (v: string) => { doc.moveDown(0.6); text("H2", v, "Helvetica-Bold", 13, 4); };
  const h3 = (v: string) => text("H3", v, "Helvetica-Bold", 11, 2);

  h1(`Plan van aanpak — ${plan.schoolName}`);
  text("P", `Gemeente: ${plan.municipalityName}. Jeugdhulpaanbieder(s): ${plan.providers.map((p) => p.name).join(" en ")}.`);
  text("P", `Versie ${meta.versionNumber}, vastgelegd op ${formatDateTimeWithZone(meta.frozenAt)}. ${meta.final ? "Definitief: door alle partijen ondertekend." : "Ter ondertekening; nog niet definitief."}`);
  text("P", `SHA-256 van de inhoud: ${meta.contentSha256}`, "Courier", 8, 8);

  h2("Deel van de school");
  for (const key of ["schoolContext", "schoolGoals", "pedagogicalClimate", "oppLink", "practicalArrangements"] as const) {
    h3(PLAN_TEXT_LABELS[key]);
    text("P", plan.texts[key]);
  }

  h2("Aanpak per onderwerp");
  for (const topic of plan.topics) {
    h3(`${topic.number}. ${topic.title}`);
    for (const a of topic.approaches) text("P", plan.providers.length > 1 ? `${a.providerName}: ${a.body}` : a.body);
  }

  h2("Inzet van jeugdhulpverleners");
  for (const [i, d] of plan.deployments.entries()) {
    const who = d.personName ?? "Vacature";
    const skj = d.skjNumber ? `, SKJ ${d.skjNumber}` : "";
    const sup = d.supervisorName ? `; begeleider ${d.supervisorName}${d.supervisorSkjNumber ? ` (SKJ ${d.supervisorSkjNumber})` : ""}` : "";
    const cost = d.costCents !== null ? `, ${formatMoney(d.costCents)}` : "";
    text("P", `${i + 1}. ${who} — ${d.role}, ${LEVEL[d.educationLevel]}${skj}${sup}; ${d.hoursPerWeek} uur per week${cost}${plan.providers.length > 1 ? ` (${d.providerName})` : ""}.`);
  }
  if (plan.budget) {
    text("P", `Totaal ${plan.budget.year} (${plan.budget.months} maanden): ${formatMoney(plan.budget.totalCents)} van het vaste bedrag ${formatMoney(plan.budget.fixedAnnualAmountCents)}; ` +
      `kosten per fte ${formatMoney(plan.budget.costPerFteCents)}, 1 fte = ${plan.budget.hoursPerFtePerWeek} uur per week.`, "Helvetica-Bold", 10, 6);
  }
  h3(`Gedragswetenschapper voor advies`);
  text("P", plan.schoolHasBehaviouralScientist ? "De school heeft zelf een gedragswetenschapper/orthopedagoog." : plan.texts.behaviouralScientist);
  h3(PLAN_TEXT_LABELS.replacementArrangement);
  text("P", plan.texts.replacementArrangement);
  h3(PLAN_TEXT_LABELS.staffContinuity);
  text("P", plan.texts.staffContinuity);

  h2("Contractvoorwaarden (Bijlage 12 Resultaatovereenkomst)");
  text("P", `Looptijd ${formatDate(plan.terms.contractStartOn)} tot en met ${formatDate(plan.terms.contractEndOn)}, ${plan.terms.extensionCount} keer te verlengen met ${plan.terms.extensionYears} jaar.`);
  text("P", `Niet te declareren productcodes voor de leerlingen van de school: ${plan.terms.excludedProductCodes.map((c) => `${c.code}${c.description ? ` (${c.description})` : ""}`).join(", ")}.`);
  text("P", `Aantal medewerkers: ${employeeLimitText(plan.terms.minEmployees, plan.terms.maxEmployees)}.`);
  for (const t of plan.terms.contractTermTexts) text("P", `• ${t}`);
  h3("Wat collectieve jeugdhulp niet is");
  for (const t of plan.terms.notIncludedTexts) text("P", `• ${t}`);

  doc.addPage();
  h1("Ondertekening");
  text("P", `De partijen ondertekenen versie ${meta.versionNumber} met SHA-256:`);
  text("P", meta.contentSha256, "Courier", 9, 10);
  for (const s of meta.signatories) {
    h3(`${PARTY[s.party]}: ${s.organisationName}`);
    text("P", s.signature
      ? `Ondertekend door ${s.signature.signerName}${s.signature.signerEmail ? ` (${s.signature.signerEmail})` : ""}, ${s.signature.signerFunction}, op ${formatDateTimeWithZone(s.signature.signedAt)} (tijd van de server), voor SHA-256 ${meta.contentSha256}.`
      : "Nog niet ondertekend.");
  }
  text("P", `Gemaakt op ${formatDateTimeWithZone(meta.generatedAt)}.`, "Helvetica", 8, 0);
  doc.end();
  return done;
}
