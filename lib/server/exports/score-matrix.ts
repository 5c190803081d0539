import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { db } from "../db";
import { findLatestChoice, listTopics, loadSchoolRanking } from "../queries/selection-results";
import type { ExportCell, ExportSection } from "./budget-export";

// The score matrix for staff (issue 7): per school one sheet with every
// candidate's consensus score per topic, total, rank and invitation, the
// school's interview assessment per topic, and the choice; per selection
// group one sheet per school plus the tie resolutions. Written as XLSX with
// the same writer as the budget export (toXlsx in ./budget-export).

const text = (value: string): ExportCell => ({ kind: "text", value });
const int = (value: number): ExportCell => ({ kind: "int", value });
const maybeInt = (value: number | null | undefined): ExportCell => (value === null || value === undefined ? text("") : int(value));

async function schoolSections(procedureId: string, schoolId: string): Promise<{ matrix: ExportSection; notes: ExportCell[][] }> {
  const ranking = await loadSchoolRanking(procedureId, schoolId);
  const topics = await listTopics(procedureId);
  const [interviewSheets, choice] = await Promise.all([
    db.scoreSheet.findMany({ where: { kind: "INTERVIEW", schoolId, status: "SUBMITTED" }, include: { items: true } }),
    findLatestChoice(schoolId),
  ]);
  const chosen = new Set(choice?.providers.map((p) => p.providerOrganisationId) ?? []);
  const invitation = new Map(ranking.invitations.map((i) => [i.providerOrganisationId, i]));
  const header = [
    "Rang", "Aanbieder",
    ...topics.map((t) => `Schriftelijk ${t.number}. ${t.title}`), "Totaal", "Uitgenodigd",
    ...topics.map((t) => `Gesprek ${t.number}`), "Totaal gesprek", "Gekozen",
  ];
  const rows = ranking.candidates
    .map((c) => ({ c, inv: invitation.get(c.providerId) }))
    .sort((a, b) => (a.inv?.rank ?? 999) - (b.inv?.rank ?? 999) || (b.c.totalScore ?? -1) - (a.c.totalScore ?? -1) || a.c.name.localeCompare(b.c.name, "nl"))
    .map(({ c, inv }) => {
      const sheet = interviewSheets.find((s) => s.providerOrganisationId === c.providerId);
      const interviewScores = topics.map((t) => sheet?.items.find((i) => i.topicId === t.id)?.score ?? null);
      return [
        maybeInt(inv?.rank), text(c.name),
        ...topics.map((t) => maybeInt(c.scores[t.id])), maybeInt(c.totalScore),
        text(inv ? (inv.invited ? "ja" : "nee") : "nog niet vastgesteld"),
        ...interviewScores.map(maybeInt), sheet ? int(interviewScores.reduce<number>((sum, v) => sum + (v ?? 0), 0)) : text(""),
        text(chosen.has(c.providerId) ? "ja" : choice ? "nee" : ""),
      ];
    });
  const notes: ExportCell[][] = [
    ...ranking.ties.map((t) => [
      text(ranking.school.name), text(t.method === "DRAW" ? "Loting" : "Allen uitgenodigd"), text(formatDateTimeWithZone(t.decidedAt)), text(t.decidedBy),
      text(t.reason), text(t.seed ?? ""), text(JSON.stringify(t.participants)), text(JSON.stringify(t.outcome)),
      text(t.verified === null ? "" : t.verified ? "ja" : "NEE"),
    ]),
  ];
  if (choice) {
    notes.push([
      text(ranking.school.name), text(`Keuze versie ${choice.version}`), text(choice.submittedAt ? formatDateTimeWithZone(choice.submittedAt) : ""),
      text(choice.publishedAt ? `gepubliceerd ${formatDateTimeWithZone(choice.publishedAt)}` : "niet gepubliceerd"),
      text(`Motivering: ${choice.motivation}`), text(""), text(choice.providers.map((p) => p.provider.name).join("; ")), text(`Voordelen: ${choice.advantages}`), text(""),
    ]);
  }
  return { matrix: { title: ranking.school.name, header, rows }, notes };
}

const NOTES_HEADER = ["School", "Besluit", "Moment", "Door / status", "Reden of motivering", "Seed", "Deelnemers", "Uitkomst", "Loting gecontroleerd"];

export async function buildScoreMatrix(procedureId: string, scope: { schoolId: string } | { selectionGroupId: string }) {
  let title: string;
  let schoolIds: string[];
  if ("schoolId" in scope) {
    const school = await db.school.findFirst({ where: { id: scope.schoolId, procedureId }, select: { id: true, name: true } });
    if (!school) throw new DomainError("NOT_FOUND", "Deze school bestaat niet.");
    title = school.name;
    schoolIds = [school.id];
  } else {
    const group = await db.selectionGroup.findFirst({ where: { id: scope.selectionGroupId, procedureId }, include: { schools: { orderBy: { sortOrder: "asc" }, select: { id: true } } } });
    if (!group) throw new DomainError("NOT_FOUND", "Deze selectiegroep bestaat niet.");
    title = group.name;
    schoolIds = group.schools.map((s) => s.id);
  }
  const parts = [];
  for (const id of schoolIds) parts.push(await schoolSections(procedureId, id));
  const sections: ExportSection[] = [
    ...parts.map((p) => p.matrix),
    { title: "Gelijke stand en keuze", header: NOTES_HEADER, rows: parts.flatMap((p) => p.notes) },
  ];
  return { title, sections };
}

/** A file name part: letters, digits and hyphens only. */
export function fileSlug(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
