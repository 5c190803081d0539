import "server-only";
import PDFDocument from "pdfkit";
import { formatDate, formatDateTimeWithZone } from "@/lib/domain/format";
import { parseLocalDate } from "@/lib/domain/local-time";
import { describeOwnTie, ownTicketCheck } from "@/lib/domain/selection/tie-view";
import { toWinAnsi } from "@/lib/exports/questions-export";
import { db } from "../db";
import { getProviderResultForStaff } from "../queries/selection-outcomes";
import { fileSlug } from "./score-matrix";

// The result letter per provider and school (issue 7), for staff to send or
// archive: the provider's own consensus scores and explanations per topic,
// the tie at the cut-off it was part of (the draw as the provider may see it,
// or the invite-all reason), the school's assessment of its interview, the
// school's motivation, the chosen provider(s), the characteristics and
// relative advantages of the chosen plan, and the standstill period. Before
// publication the letter is marked as a draft. A tagged PDF (pdfkit), like
// the nota van inlichtingen.

function localDateText(localDate: string): string {
  const { year, month, day } = parseLocalDate(localDate);
  return formatDate(new Date(Date.UTC(year, month - 1, day, 12)));
}

export async function buildResultLetter(procedureId: string, schoolId: string, providerId: string, now: Date, options: { compress?: boolean } = {}): Promise<{ pdf: Buffer; fileName: string }> {
  const r = await getProviderResultForStaff(procedureId, schoolId, providerId, now);
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { title: true, standstillDays: true, contactEmail: true } });

  const doc = new PDFDocument({
    size: "A4", margin: 56, pdfVersion: "1.7", tagged: true, lang: "nl-NL", displayTitle: true, compress: options.compress ?? true,
    info: { Title: toWinAnsi(`Uitslag selectie ${r.school} — ${r.provider.name}`), Author: "Servicebureau Jeugdhulp Haaglanden", Subject: procedure.title, CreationDate: now },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const text = (role: string, value: string, font = "Helvetica", size = 11, after = 6) =>
    doc.addStructure(doc.struct(role, {}, () => {
      doc.font(font).fontSize(size).text(toWinAnsi(value), { paragraphGap: after });
    }));

  if (!r.published) text("P", "CONCEPT — deze uitslag is nog niet gepubliceerd en mag nog niet worden verzonden.", "Helvetica-Bold", 11, 10);
  text("P", [r.provider.name, r.provider.street, [r.provider.postalCode, r.provider.city].filter(Boolean).join(" ")].filter(Boolean).join("\n"), "Helvetica", 11, 14);
  text("P", `Datum: ${formatDate(r.publishedAt)}`, "Helvetica", 11, 10);
  text("H1", `Uitslag selectie ${r.school}`, "Helvetica-Bold", 18, 6);
  text("P", procedure.title, "Helvetica", 11, 10);

  const self = r.chosen.some((c) => c.isSelf);
  const chosenNames = r.chosen.map((c) => c.name).join(" en ");
  text("P", self
    ? `${r.school} heeft uw organisatie gekozen${r.chosen.length > 1 ? `, samen met ${r.chosen.filter((c) => !c.isSelf).map((c) => c.name).join(" en ")}` : ""}.`
    : `${r.school} heeft gekozen voor ${chosenNames}. Uw organisatie is niet gekozen.`);
  text("P", r.own.invited
    ? `Uw schriftelijke plan eindigde met ${r.own.totalScore ?? "?"} punten op plaats ${r.own.rank ?? "?"}; u bent uitgenodigd voor het gesprek.`
    : `Uw schriftelijke plan eindigde met ${r.own.totalScore ?? "?"} punten${r.own.rank ? ` op plaats ${r.own.rank}` : ""}; u bent niet uitgenodigd voor het gesprek.`);
  if (r.tie) {
    text("H2", r.tie.method === "DRAW" ? "Loting bij gelijke stand" : "Gelijke stand op de grens", "Helvetica-Bold", 13, 4);
    text("P", describeOwnTie(r.tie, r.own.rank));
    if (r.tie.draw) {
      text("P", `De loten in volgorde van de loting: ${r.tie.draw.tickets.map((t) => `${t.position}. ${t.ticket}${t.own ? " (uw lot)" : ""}${t.drawn ? " (getrokken)" : ""}`).join("; ")}.`);
      text("P", `Uw eigen lot controleert u met: ${ownTicketCheck(r.tie)}`);
    }
  }

  text("H2", "Uw scores per onderwerp", "Helvetica-Bold", 13, 4);
  for (const item of r.own.items) {
    text("H3", `${item.number}. ${item.title}: ${item.score}`, "Helvetica-Bold", 11, 2);
    text("P", item.explanation);
  }
  if (r.own.conclusion) {
    text("H3", "Conclusie van de school", "Helvetica-Bold", 11, 2);
    text("P", r.own.conclusion);
  }
  if (r.interview) {
    text("H2", "Beoordeling van uw gesprek per onderwerp", "Helvetica-Bold", 13, 4);
    for (const item of r.interview.items) {
      text("H3", `${item.number}. ${item.title}: ${item.score}`, "Helvetica-Bold", 11, 2);
      text("P", item.explanation);
    }
    if (r.interview.conclusion) {
      text("H3", "Conclusie van de school na het gesprek", "Helvetica-Bold", 11, 2);
      text("P", r.interview.conclusion);
    }
  }
  text("H2", "Motivering van de keuze", "Helvetica-Bold", 13, 4);
  text("P", r.motivation);
  text("H2", "Kenmerken en relatieve voordelen van het gekozen plan", "Helvetica-Bold", 13, 4);
  text("P", r.advantages);
  text("H2", "Standstilltermijn", "Helvetica-Bold", 13, 4);
  text("P",
    `De standstilltermijn van ${procedure.standstillDays} kalenderdagen loopt tot en met ${localDateText(r.standstillLastDay)}. ` +
    `De keuze is definitief vanaf ${formatDateTimeWithZone(r.standstillEndsAt)}. Vragen of bezwaren binnen deze termijn via ${procedure.contactEmail}.`);
  doc.end();
  return { pdf: await done, fileName: `uitslag-${fileSlug(r.school)}-${fileSlug(r.provider.name)}.pdf` };
}
